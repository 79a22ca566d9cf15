package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterviewTest {

  private static Interview.Builder valid() {
    Interview.Builder builder = Interview.builder();
    builder.id(InterviewId.of("coding")).name("Pair programming")
        .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(90));
    return builder;
  }

  @Test
  void interviewersMayBeLeftForLater() {
    Interview interview = valid().build();

    assertThat(interview.interviewers()).isEmpty();
    assertThat(interview.focus()).isEqualTo(InterviewFocus.TECHNICAL);
    assertThat(interview.duration()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void interviewersAreKept() {
    Interview interview = valid().addInterviewer(MemberId.of("m-1"))
        .addInterviewer(MemberId.of("m-2")).build();

    assertThat(interview.interviewers())
        .containsExactlyInAnyOrder(MemberId.of("m-1"), MemberId.of("m-2"));
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> valid().name("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interview.name: must not be blank; give some text");
  }

  @Test
  void durationMustBePositive() {
    assertThatThrownBy(() -> valid().duration(Duration.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interview.duration: PT0S is not positive; give a duration above zero");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Interview interview = valid().build();

    Interview copy = interview.withFocus(InterviewFocus.MIXED)
        .withInterviewers(java.util.List.of(MemberId.of("m-3")));

    assertThat(interview).isEqualTo(valid().build());
    assertThat(copy.focus()).isEqualTo(InterviewFocus.MIXED);
    assertThat(copy.interviewers()).containsExactly(MemberId.of("m-3"));
    assertThatThrownBy(() -> interview.withName(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interview.name: must not be blank; give some text");
  }
}
