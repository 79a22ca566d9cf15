package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.at;
import static dev.hirekit.json.internal.NodeTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.role.WorkplaceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON names of the enums: complete, unique, snake case, and pinned. */
class EnumFormatTest {

  static String label(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
  }

  @Test
  void everyNameIsPinnedInTheResourceFile() throws IOException {
    List<String> actual = new ArrayList<>();
    for (EnumFormat<?> format : EnumNames.ALL) {
      pin(format, actual);
    }
    List<String> pinned;
    try (InputStream in = EnumFormatTest.class.getResourceAsStream("/enum-names.txt")) {
      pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    }
    assertThat(actual).containsExactlyElementsOf(pinned);
  }

  private static <E extends Enum<E>> void pin(EnumFormat<E> format, List<String> lines) {
    for (E constant : format.type().getEnumConstants()) {
      lines.add(label(format.type()) + "." + constant.name() + "=" + format.name(constant));
    }
  }

  @Test
  void everyNameIsLowerSnakeCaseAndEveryFormatIsInTheTable() {
    Set<Class<?>> types = new HashSet<>();
    for (EnumFormat<?> format : EnumNames.ALL) {
      assertThat(types.add(format.type())).as("%s once", format.type()).isTrue();
      assertThat(format.constants()).hasSize(format.type().getEnumConstants().length);
      format.constants().forEach((name, constant) -> {
        assertThat(name).matches("[a-z]+(_[a-z0-9]+)*");
        assertThat(constant).isInstanceOf(format.type());
      });
      assertThat(Formats.of(format.type())).isNotNull();
    }
    assertThat(types).hasSize(45);
  }

  @Test
  void ofRefusesARepeatedConstantOrNameAndAMissingConstant() {
    assertThatThrownBy(() -> EnumFormat.of(ApprovalMode.class, ApprovalMode.SEQUENTIAL, "a",
        ApprovalMode.SEQUENTIAL, "b", ApprovalMode.PARALLEL, "c"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dev.hirekit.approval.ApprovalMode: SEQUENTIAL or b given twice");
    assertThatThrownBy(() -> EnumFormat.of(ApprovalMode.class, ApprovalMode.SEQUENTIAL, "a",
        ApprovalMode.PARALLEL, "a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dev.hirekit.approval.ApprovalMode: PARALLEL or a given twice");
    assertThatThrownBy(() -> EnumFormat.of(ApprovalMode.class, ApprovalMode.SEQUENTIAL, "a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dev.hirekit.approval.ApprovalMode: a constant has no JSON name");
    EnumFormat<ApprovalMode> both = EnumFormat.of(ApprovalMode.class, ApprovalMode.PARALLEL,
        "p", ApprovalMode.SEQUENTIAL, "s");
    assertThat(both.name(ApprovalMode.PARALLEL)).isEqualTo("p");
    assertThat(both.constants().keySet()).containsExactly("p", "s");
    assertThat(both.type()).isEqualTo(ApprovalMode.class);
  }

  @Test
  void anUnknownNameIsRefusedWithTheKnownNames() {
    assertThat(refusal(() -> EnumNames.WORKPLACE_TYPE.read(at("on_the_moon"))))
        .hasMessage("$.f: is not a known WorkplaceType; expected one of on_site, hybrid, remote");
    assertThat(refusal(() -> EnumNames.WORKPLACE_TYPE.read(at("ON_SITE"))))
        .hasMessage("$.f: is not a known WorkplaceType; expected one of on_site, hybrid, remote");
    assertThat(EnumNames.WORKPLACE_TYPE.read(at("hybrid"))).isEqualTo(WorkplaceType.HYBRID);
    assertThat(refusal(() -> EnumNames.WORKPLACE_TYPE.read(at(1L))))
        .hasMessage("$.f: is a number; expected a string");
    TypeFormat<WorkplaceType> format = EnumNames.WORKPLACE_TYPE.format();
    assertThat(format.type()).isEqualTo(WorkplaceType.class);
    assertThat(format.write(WorkplaceType.ON_SITE)).isEqualTo("on_site");
    assertThat(format.read(at("remote"), Loading.REPLAY)).isEqualTo(WorkplaceType.REMOTE);
  }
}
