package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  @Test
  void everyRoleEventTypeHasItsStableNameAndAnEntryOfActionAndEffect() {
    List<Class<?>> types = Arrays.asList(RoleEvent.class.getPermittedSubclasses());
    List<String> names = types.stream().map(EventNames::of).collect(Collectors.toList());

    assertThat(names).containsExactly("role.drafted", "role.posting_revised", "role.plan_set",
        "role.team_set", "role.opened", "role.held", "role.resumed", "role.closed",
        "role.reopened", "role.opening_added", "role.opening_filled", "role.opening_closed",
        "role.opening_reopened", "role.requisition_set", "role.opening_scheduled",
        "role.approval_requested", "role.approved", "role.approval_declined",
        "role.approver_replaced");
    assertThat(types).allSatisfy(type -> assertThat(RoleEffects.of(type)).isNotNull());
    assertThat(new RoleEvent.Reopened(SeedRole.ROLE, 4, Instant.EPOCH, Actor.system()).type())
        .isEqualTo("role.reopened");
  }

  @Test
  void typesMapsEveryStableNameToItsEventTypeSortedByName() {
    Map<String, Class<? extends RoleEvent>> types = RoleEvent.types();
    List<Class<?>> permitted = Arrays.asList(RoleEvent.class.getPermittedSubclasses());
    assertThat(new ArrayList<>(types.keySet())).isSorted().hasSize(permitted.size());
    assertThat(new ArrayList<Class<?>>(types.values()))
        .containsExactlyInAnyOrderElementsOf(permitted);
    types.forEach((name, type) -> assertThat(EventNames.of(type)).isEqualTo(name));
    assertThatThrownBy(() -> types.put("x", RoleEvent.Opened.class))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
