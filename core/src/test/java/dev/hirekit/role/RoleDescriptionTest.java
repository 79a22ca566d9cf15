package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleDescriptionTest {

  @Test
  void ofHoldsOnlyASummary() {
    RoleDescription description = RoleDescription.of("Build things.");

    assertThat(description.summary()).isEqualTo("Build things.");
    assertThat(description.responsibilities()).isEmpty();
    assertThat(description.qualifications()).isEmpty();
    assertThat(description.benefits()).isEmpty();
    assertThat(description.travel()).isEmpty();
  }

  @Test
  void listsKeepTheirOrder() {
    RoleDescription description = RoleDescription.builder().summary("Build things.")
        .addResponsibility("Second").addResponsibility("First").build();

    assertThat(description.responsibilities()).containsExactly("Second", "First");
  }

  @Test
  void summaryMustNotBeBlank() {
    assertThatThrownBy(() -> RoleDescription.of("\t"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.summary: must not be blank; give some text");
  }

  @Test
  void responsibilitiesHoldNoBlankEntry() {
    assertThatThrownBy(() -> RoleDescription.builder().summary("S").addResponsibility("Do")
            .addResponsibility(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.responsibilities: must not hold a blank entry; remove it");
  }

  @Test
  void qualificationsHoldNoBlankEntry() {
    assertThatThrownBy(() -> RoleDescription.builder().summary("S").addQualification("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.qualifications: must not hold a blank entry; remove it");
  }

  @Test
  void benefitsHoldNoBlankEntry() {
    assertThatThrownBy(() -> RoleDescription.builder().summary("S").addBenefit(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.benefits: must not hold a blank entry; remove it");
  }

  @Test
  void travelMustNotBeBlankWhenGiven() {
    assertThatThrownBy(() -> RoleDescription.builder().summary("S").travel("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.travel: must not be blank; give some text");
  }

  @Test
  void withCopiesCheckAndLeaveTheOriginal() {
    RoleDescription description = RoleDescription.of("Build things.");

    RoleDescription copy = description.withBenefits(List.of("Lunch")).withTravel("Rarely")
        .withQualifications(List.of("Curiosity")).withResponsibilities(List.of("Ship"))
        .withSummary("Build more things.");

    assertThat(description).isEqualTo(RoleDescription.of("Build things."));
    assertThat(copy.benefits()).containsExactly("Lunch");
    assertThat(copy.travel()).contains("Rarely");
    assertThat(copy.summary()).isEqualTo("Build more things.");
    assertThatThrownBy(() -> description.withBenefits(List.of("")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.benefits: must not hold a blank entry; remove it");
  }
}
