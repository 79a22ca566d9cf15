package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.refusal;
import static dev.hirekit.json.internal.Trees.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.json.conformance.EveryType;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.money.Money;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of every type. */
class FormatsTest {

  @Test
  void anUnknownTypeIsNamed() {
    assertThatThrownBy(() -> Formats.of(StringBuilder.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Hirekit JSON format has no java.lang.StringBuilder");
    assertThatThrownBy(() -> Formats.forValue(new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Hirekit JSON format has no java.lang.StringBuilder");
    assertThatThrownBy(() -> Formats.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Hirekit JSON format has no java.lang.Object");
  }

  @Test
  void theTableHoldsEveryTypeOnce() {
    List<Class<?>> types = new ArrayList<>();
    Formats.all().forEach(format -> types.add(format.type()));
    Set<Class<?>> expected = new HashSet<>(EveryType.ARBITRARIES.keySet());
    expected.addAll(ApplicationEvent.types().values());
    expected.addAll(RoleEvent.types().values());
    expected.addAll(dev.hirekit.slate.SlateEvent.types().values());
    expected.addAll(dev.hirekit.pool.PoolEvent.types().values());
    expected.addAll(dev.hirekit.candidacy.MergeEvent.types().values());
    assertThat(types).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    Formats.all().forEach(format -> assertThat(Formats.of(format.type())).isSameAs(format));
  }

  @Test
  void textualHoldsExactlyTheIdsAndEnums() {
    List<Class<?>> textual = new ArrayList<>();
    Formats.textual().forEach(format -> textual.add(format.type()));
    List<Class<?>> expected = new ArrayList<>();
    ValueFormats.ids().forEach(id -> expected.add(id.type()));
    EnumNames.ALL.forEach(names -> expected.add(names.type()));
    assertThat(expected).hasSize(10 + 45);
    assertThat(textual).containsExactlyElementsOf(expected);
    Formats.textual().forEach(format -> assertThat(format).isSameAs(Formats.of(format.type())));
    assertThat(Formats.write(MemberId.of("m-1"))).isEqualTo("m-1");
  }

  @Test
  void anImmutablesImplementationIsWrittenAsItsAbstractType() {
    Money money = Money.of("1.50", "USD");
    assertThat(money.getClass()).isNotEqualTo(Money.class);
    assertThat(Formats.forValue(money).type()).isEqualTo(Money.class);
    assertThat(Formats.write(money)).isEqualTo(Map.of("amount", "1.50", "currency", "USD"));
    ApplicationEvent event = Seed.reopened().history().get(1);
    assertThat(Formats.forValue(event).type()).isEqualTo(event.getClass());
    assertThat(Formats.of(ApplicationEvent.class).write(event)).isEqualTo(Formats.write(event));
    assertThatThrownBy(() -> Formats.of(Money.class).write("not money"))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void actorsOfEveryKind() {
    Actor member = Actor.member(MemberId.of("m"), HiringRole.RECRUITER, HiringRole.APPROVER);
    assertThat(written(member)).containsExactly(Map.entry("kind", "member"),
        Map.entry("member", "m"), Map.entry("roles", List.of("approver", "recruiter")));
    assertThat(written(Actor.candidate(CandidateId.of("c")))).containsExactly(
        Map.entry("kind", "candidate"), Map.entry("candidate", "c"));
    assertThat(written(Actor.system())).containsExactly(Map.entry("kind", "system"));
    for (Actor actor : List.of(member, Actor.candidate(CandidateId.of("c")), Actor.system())) {
      assertThat(Formats.of(Actor.class).read(Node.root(written(actor)), Loading.REPLAY))
          .isEqualTo(actor);
    }
    Map<String, Object> noMember = written(member);
    noMember.remove("member");
    assertThat(refusal(() -> Formats.of(Actor.class).read(Node.root(noMember), Loading.REPLAY)))
        .hasMessage("$.member: is missing; it is required");
  }

  @Test
  void currenciesAreIsoCodes() {
    Map<String, Object> money = written(Money.of("1.00", "USD"));
    money.put("currency", "usd");
    assertThat(refusal(() -> Formats.of(Money.class).read(Node.root(money), Loading.REPLAY)))
        .hasMessage("$.currency: is not an ISO-4217 currency code; expected three capital"
            + " letters, such as \"USD\"");
    money.put("currency", "USDX");
    assertThat(refusal(() -> Formats.of(Money.class).read(Node.root(money), Loading.REPLAY)))
        .hasMessageStartingWith("$.currency: is not an ISO-4217 currency code; expected");
    money.put("currency", "QQQ");
    assertThat(refusal(() -> Formats.of(Money.class).read(Node.root(money), Loading.REPLAY)))
        .hasMessage("$.currency: is not a known ISO-4217 currency code");
  }

  @Test
  void aRejectionReasonWithAndWithoutANote() {
    RejectionReason plain = RejectionReason.of(RejectionSide.OTHER, "code");
    RejectionReason noted = plain.withNote("note");
    assertThat(written(plain)).doesNotContainKey("note");
    assertThat(written(noted)).containsEntry("note", "note");
    for (RejectionReason reason : List.of(plain, noted)) {
      assertThat(Formats.of(RejectionReason.class).read(Node.root(written(reason)),
          Loading.REPLAY)).isEqualTo(reason);
    }
  }
}
