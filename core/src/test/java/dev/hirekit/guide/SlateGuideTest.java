package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.role.RoleId;
import dev.hirekit.slate.NextRanked;
import dev.hirekit.slate.PassedOver;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateCut;
import dev.hirekit.slate.SlateEntry;
import dev.hirekit.slate.SlateId;
import dev.hirekit.slate.SlateStanding;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The slate example of docs/modelling.md, section 8, compiled and run. */
class SlateGuideTest {

  @Test
  void aPublicEmployerRanksByCategoryWithPreferenceAndOffersDownTheList() {
    Actor panelChair = Actor.member(MemberId.of("chair-1"), HiringRole.HIRING_MANAGER);
    Instant now = Instant.parse("2027-02-01T09:00:00Z");
    ApplicationId ana = ApplicationId.of("a-ana");
    ApplicationId ben = ApplicationId.of("a-ben");
    ApplicationId chi = ApplicationId.of("a-chi");
    ApplicationId dev = ApplicationId.of("a-dev");
    ApplicationId eli = ApplicationId.of("a-eli");

    // Categories best first; inside a category the employer's preference (here 1 for
    // applicants its rules give priority to) goes before the panel's rank.
    Slate slate = Slate.draft(SlateId.of("analyst-2027"), RoleId.of("analyst"),
            Optional.empty(), List.of("best-qualified", "well-qualified", "qualified"),
            panelChair, now)
        .rank(panelChair, now,
            SlateEntry.of(ana, 1, "best-qualified", 0),
            SlateEntry.of(ben, 2, "best-qualified", 1),
            SlateEntry.of(chi, 2, "well-qualified", 0),
            SlateEntry.of(dev, 2, "well-qualified", 0),
            SlateEntry.of(eli, 1, "qualified", 0))
        .cut(panelChair, now, SlateCut.atOrAbove("well-qualified"));
    assertThat(slate.order()).extracting(group -> group.size()).containsExactly(1, 1, 2, 1);
    assertThat(slate.belowCut()).extracting(SlateEntry::application).containsExactly(eli);

    // Where each application stands comes from the applications themselves:
    // SlateStanding.of(application), or slate.next(applications) directly.
    Map<ApplicationId, SlateStanding> standing = new HashMap<>(Map.of(
        ana, SlateStanding.AVAILABLE, ben, SlateStanding.AVAILABLE,
        chi, SlateStanding.AVAILABLE, dev, SlateStanding.AVAILABLE,
        eli, SlateStanding.AVAILABLE));
    assertThat(slate.next(standing).next()).extracting(SlateEntry::application)
        .containsExactly(ben);

    standing.put(ben, SlateStanding.OFFER_DECLINED);
    standing.put(ana, SlateStanding.WITHDRAWN);
    NextRanked next = slate.next(standing);
    assertThat(next.isTie()).isTrue();
    assertThat(next.next()).extracting(SlateEntry::application).containsExactly(chi, dev);
    assertThat(next.passedOver()).extracting(PassedOver::standing)
        .containsExactly(SlateStanding.OFFER_DECLINED, SlateStanding.WITHDRAWN);
  }
}
