package dev.hirekit.report;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationEvent.Advanced;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.Moved;
import dev.hirekit.application.ApplicationEvent.OfferAccepted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferApproved;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDrafted;
import dev.hirekit.application.ApplicationEvent.OfferEvent;
import dev.hirekit.application.ApplicationEvent.OfferExpired;
import dev.hirekit.application.ApplicationEvent.OfferExtended;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.OfferRevised;
import dev.hirekit.application.ApplicationEvent.OfferSubmittedForApproval;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Transferred;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One application while a tally reads its events: where it stands, what it reached and its
 * current offer: what a report needs of it, with the checks its figures rely on (sequence,
 * status, stages, plan versions, offer steps), not every rule of the lifecycle.
 */
final class Trace {
  /** Offer steps are checked against the offer lifecycle; who acted was the recorder's check. */
  private static final Policy<OfferAction, Offer.Context> RECORDED = (actor, action, c) -> true;

  private enum State { PROSPECT, ACTIVE, CLOSED, HIRED }

  private final Totals totals;
  private final ApplicationId id;
  private RoleId role;
  private final Optional<SourceKind> source;
  private final boolean createdAsProspect;
  private PlanTally plan;
  private State state;
  private int current = -1;
  private Instant enteredAt;
  private Instant activeSince;
  private boolean decided;
  private Instant hiredAt;
  private final Map<PlanTally, BitSet> reached = new IdentityHashMap<>();
  private final Set<StageKind> kinds = EnumSet.noneOf(StageKind.class);
  private Offer offer;
  private Instant offerExtendedAt;

  private Trace(Totals totals, ApplicationEvent first, RoleId role, InterviewPlan plan,
      Optional<SourceKind> source, boolean prospect) {
    this.totals = totals;
    this.id = first.application();
    this.role = role;
    this.source = source;
    this.createdAsProspect = prospect;
    this.plan = totals.plan(id, role, plan);
    this.state = prospect ? State.PROSPECT : State.ACTIVE;
  }

  /** The trace of an application from its creating event. */
  static Trace start(Totals totals, Applied applied, Optional<SourceKind> source) {
    Trace trace = new Trace(totals, applied, applied.role(), applied.plan(), source, false);
    trace.activate(applied.at());
    trace.enter(applied.stage(), applied.at(), applied);
    return trace;
  }

  /** The trace of a prospect from its creating event. */
  static Trace start(Totals totals, Prospected prospected, Optional<SourceKind> source) {
    return new Trace(totals, prospected, prospected.role(), prospected.plan(), source, true);
  }

  void apply(ApplicationEvent event) {
    Instant at = event.at();
    if (event instanceof Advanced e) {
      requireAt(e.from(), e);
      decide(at);
      leave(StageTally.Outcome.ADVANCED, at);
      enter(e.to(), at, e);
    } else if (event instanceof Skipped e) {
      requireAt(e.from(), e);
      decide(at);
      leave(StageTally.Outcome.ADVANCED, at);
      enter(e.to(), at, e);
    } else if (event instanceof Moved e) {
      requireAt(e.from(), e);
      decide(at);
      int from = current;
      leave(plan.indexOf(e.to()) > from ? StageTally.Outcome.ADVANCED
          : StageTally.Outcome.MOVED_BACK, at);
      enter(e.to(), at, e);
    } else if (event instanceof Rejected e) {
      requireState(e, State.PROSPECT, State.ACTIVE);
      if (current >= 0) {
        decide(at);
        plan.stage(current).rejected(e.reason(), totals.measure(enteredAt, at));
        current = -1;
      }
      closeOffer(OfferStatus.RESCINDED);
      state = State.CLOSED;
    } else if (event instanceof Withdrawn e) {
      requireState(e, State.PROSPECT, State.ACTIVE);
      if (current >= 0) {
        leave(StageTally.Outcome.WITHDRAWN, at);
      }
      closeOffer(OfferStatus.DECLINED);
      state = State.CLOSED;
    } else if (event instanceof Reopened e) {
      requireState(e, State.CLOSED);
      if (e.stage().isPresent()) {
        state = State.ACTIVE;
        activate(at);
        enter(e.stage().get(), at, e);
      } else {
        state = activeSince == null ? State.PROSPECT : State.ACTIVE;
      }
    } else if (event instanceof Converted e) {
      requireState(e, State.PROSPECT);
      state = State.ACTIVE;
      activate(at);
      enter(e.stage(), at, e);
    } else if (event instanceof Hired e) {
      requireState(e, State.ACTIVE);
      if (current < 0) {
        throw refused(e, "hires an application at no stage");
      }
      decide(at);
      leave(StageTally.Outcome.HIRED, at);
      state = State.HIRED;
      hiredAt = at;
    } else if (event instanceof Unhired e) {
      requireState(e, State.HIRED);
      closeOffer(e.reason() == UnhireReason.CANDIDATE_RENEGED ? OfferStatus.DECLINED
          : OfferStatus.RESCINDED);
      state = State.CLOSED;
    } else if (event instanceof Migrated e) {
      migrate(e);
    } else if (event instanceof Transferred e) {
      transfer(e);
    } else if (event instanceof OfferEvent e) {
      offerStep(e);
    } else if (event instanceof Applied || event instanceof Prospected) {
      throw refused(event, "creates an application that already exists");
    }
    // Scorecards and references change no figure of a report.
  }

  /** Ends the application: what is open stays open, and its figures are added up. */
  void finish() {
    if (current >= 0) {
      plan.stage(current).stayed();
    }
    boolean hired = state == State.HIRED;
    reached.forEach((tally, stages) -> {
      int last = stages.length() - 1;
      for (int i = stages.nextSetBit(0); i >= 0; i = stages.nextSetBit(i + 1)) {
        StageTally stage = tally.stage(i);
        stage.reached++;
        if (i < last) {
          stage.reachedLater++;
        }
        if (hired) {
          stage.hiredLater++;
        }
      }
    });
    if (createdAsProspect) {
      totals.prospects++;
    }
    if (activeSince != null) {
      totals.applications++;
      totals.source(source, kinds, hired);
      if (hired) {
        totals.hires++;
        totals.timeToHire.add(totals.measure(activeSince, hiredAt));
      }
    }
  }

  private void activate(Instant at) {
    if (activeSince == null) {
      activeSince = at;
    }
  }

  private void decide(Instant at) {
    if (!decided && activeSince != null) {
      decided = true;
      totals.timeToFirstDecision.add(totals.measure(activeSince, at));
    }
  }

  private void enter(StageId stage, Instant at, ApplicationEvent event) {
    int index = plan.indexOf(stage);
    if (index < 0) {
      throw refused(event, "enters " + stage + ", which is not a stage of plan v"
          + plan.version());
    }
    plan.stage(index).entered();
    reached.computeIfAbsent(plan, p -> new BitSet(p.size())).set(index);
    kinds.add(plan.stage(index).kind());
    current = index;
    enteredAt = at;
  }

  private void leave(StageTally.Outcome outcome, Instant at) {
    plan.stage(current).left(outcome, totals.measure(enteredAt, at));
    current = -1;
  }

  private void migrate(Migrated e) {
    PlanTally next = totals.plan(id, role, e.plan());
    if (current < 0) {
      plan = next;
      return;
    }
    StageId old = plan.stage(current).id();
    StageId mapped = e.stageMapping().get(old);
    if (mapped == null) {
      throw refused(e, "maps no stage of the new plan to " + old
          + ", where the application is");
    }
    leave(StageTally.Outcome.MIGRATED, e.at());
    plan = next;
    enter(mapped, e.at(), e);
  }

  /**
   * Ends the visit as transferred and enters the new role's stage: the application counts in
   * the old role's funnel until the transfer and in the new one's from then on.
   */
  private void transfer(Transferred e) {
    requireState(e, State.ACTIVE);
    if (current < 0) {
      throw refused(e, "transfers an application at no stage");
    }
    if (offer != null && (offer.status().isLive() || offer.status() == OfferStatus.ACCEPTED)) {
      throw refused(e, "transfers an application whose offer is " + offer.status());
    }
    leave(StageTally.Outcome.TRANSFERRED, e.at());
    role = e.role();
    plan = totals.plan(id, role, e.plan());
    offer = null;
    offerExtendedAt = null;
    enter(e.stage(), e.at(), e);
  }

  private void offerStep(OfferEvent e) {
    Actor by = e.by();
    Instant at = e.at();
    if (e instanceof OfferDrafted d) {
      offer = Offer.draft(d.offer(), d.compensation(), d.expiresAt(), d.approvalChain())
          .withPolicy(RECORDED);
      offerExtendedAt = null;
      totals.drafted++;
      return;
    }
    if (offer == null || !offer.id().equals(e.offer()) || offer.version() != e.offerVersion()) {
      throw refused(e, "acts on version " + e.offerVersion() + " of offer " + e.offer()
          + ", but the current offer is " + (offer == null ? "none"
          : "version " + offer.version() + " of " + offer.id()));
    }
    if (e instanceof OfferSubmittedForApproval) {
      offer = offer.submitForApproval(by, at);
      totals.submitted++;
    } else if (e instanceof OfferApproved) {
      offer = offer.approve(by, at);
      if (offer.status() == OfferStatus.APPROVED) {
        totals.approved++;
      }
    } else if (e instanceof OfferApprovalDeclined x) {
      offer = offer.declineApproval(by, at, x.reason());
      totals.approvalDeclined++;
    } else if (e instanceof OfferExtended) {
      offer = offer.extend(by, at);
      offerExtendedAt = at;
      totals.extended++;
    } else if (e instanceof OfferAccepted) {
      offer = offer.accept(by, at);
      totals.accepted++;
      totals.extendToAnswer.add(totals.measure(offerExtendedAt, at));
    } else if (e instanceof OfferDeclined x) {
      boolean answer = offer.status() == OfferStatus.EXTENDED;
      offer = offer.decline(by, at, x.reason());
      totals.declined++;
      if (answer) {
        totals.extendToAnswer.add(totals.measure(offerExtendedAt, at));
      }
    } else if (e instanceof OfferExpired) {
      offer = offer.expire(by, at);
      totals.expired++;
    } else if (e instanceof OfferRescinded x) {
      offer = offer.rescind(by, at, x.reason());
      totals.rescinded++;
    } else if (e instanceof OfferRevised x) {
      offer = offer.revise(by, at, x.compensation(), x.expiresAt()).next();
      offerExtendedAt = null;
      totals.revisions++;
    }
  }

  /** Closes a live or accepted offer with its application, as the application does. */
  private void closeOffer(OfferStatus outcome) {
    if (offer != null && (offer.status().isLive() || offer.status() == OfferStatus.ACCEPTED)) {
      offer = offer.closeWithApplication(outcome, "closed with the application");
      if (outcome == OfferStatus.DECLINED) {
        totals.declined++;
      } else {
        totals.rescinded++;
      }
    }
  }

  private void requireAt(StageId from, ApplicationEvent event) {
    if (current < 0 || !plan.stage(current).id().equals(from)) {
      throw refused(event, "leaves " + from + ", but the application is at "
          + (current < 0 ? "no stage" : plan.stage(current).id()));
    }
  }

  private void requireState(ApplicationEvent event, State allowed) {
    requireState(event, allowed, allowed);
  }

  private void requireState(ApplicationEvent event, State one, State other) {
    if (state != one && state != other) {
      throw refused(event, "is not possible for an application that is " + state.name()
          .toLowerCase(java.util.Locale.ROOT));
    }
  }

  private InvalidValueException refused(ApplicationEvent event, String problem) {
    return new InvalidValueException("ApplicationEvent", "type", "#" + event.sequence() + " ("
        + event.type() + ") of application " + id + " " + problem + "; a report reads "
        + "histories as the aggregate recorded them (replay untrusted events first)");
  }
}
