package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  @Test
  void everyRoleEventTypeHasItsStableNameUnlikeAnyApplicationEvent() {
    List<String> names = Arrays.stream(RoleEvent.class.getPermittedSubclasses())
        .map(EventNames::of).collect(Collectors.toList());
    assertThat(names).containsExactly("role.opened", "role.held", "role.resumed", "role.closed",
        "role.reopened", "role.opening_added", "role.opening_filled", "role.opening_closed",
        "role.opening_reopened");
    assertThat(new RoleEvent.Reopened(Instant.EPOCH, Actor.system()).type())
        .isEqualTo("role.reopened");
  }
}
