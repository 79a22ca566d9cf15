package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.examples.SeedPosting;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, an empty store with {@code hirekit.seed=true} gets the seed role (the
 * Forward-Deployed Engineer of {@link SeedPosting}, its hiring team made of the configured
 * members, opened by the first recruiter), the configured candidates and two more, and an
 * application each at different stages: at the review, at the call, at the take-home, rejected.
 */
@Component
public class SeedPipeline implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SeedPipeline.class);

  private final ServiceSettings settings;
  private final Accounts accounts;
  private final StoredEvents store;
  private final CandidateFiles candidates;
  private final TransactionTemplate transactions;
  private final Clock clock;

  /**
   * The seed.
   *
   * @param settings whether to seed
   * @param accounts the configured users
   * @param store the event store
   * @param candidates the candidates
   * @param transactions one transaction for the whole seed
   * @param clock the time of the seed's actions
   */
  public SeedPipeline(ServiceSettings settings, Accounts accounts, StoredEvents store,
      CandidateFiles candidates, TransactionTemplate transactions, Clock clock) {
    this.settings = settings;
    this.accounts = accounts;
    this.store = store;
    this.candidates = candidates;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!settings.seed() || !store.isEmpty()) {
      return;
    }
    Actor recruiter = accounts.actors().stream()
        .filter(a -> a.kind() == Actor.Kind.MEMBER && a.actsAs(HiringRole.RECRUITER))
        .findFirst().orElse(null);
    if (recruiter == null) {
      LOG.warn("no seed: hirekit.users has no recruiter");
      return;
    }
    transactions.executeWithoutResult(status -> seed(recruiter));
  }

  private void seed(Actor recruiter) {
    Instant now = clock.instant();
    Role role = SeedPosting.role(recruiter, now).setTeam(recruiter, now, accounts.team())
        .open(recruiter, now);
    store.append(role, 0);

    Set<CandidateId> ids = new LinkedHashSet<>();
    accounts.actors().stream().filter(a -> a.kind() == Actor.Kind.CANDIDATE)
        .forEach(a -> ids.add(a.candidateId().orElseThrow()));
    ids.add(CandidateId.of("cand-cy"));
    ids.add(CandidateId.of("cand-dee"));
    ids.add(CandidateId.of("cand-eve"));
    List<CandidateId> cast = List.copyOf(ids);
    for (int i = 0; i < cast.size(); i++) {
      CandidateId id = cast.get(i);
      candidates.add(Candidate.of(id, "Seed Candidate " + (i + 1)));
      Application application = JsonFormat.HIRING.apply(ApplicationId.of("app-" + id.value()),
          id, role, Actor.candidate(id), now);
      switch (i % 5) {
        case 1 -> application = application.advance(recruiter, now);
        case 2 -> application = application.advance(recruiter, now).advance(recruiter, now);
        case 3 -> application = application.reject(recruiter, now,
            RejectionReason.of(RejectionSide.WE_REJECTED, "experience-mismatch"));
        case 4 -> application = toOffer(application, recruiter, now);
        default -> { }
      }
      store.append(application, 0);
    }
    LOG.atInfo().addKeyValue("role", role.id().value()).addKeyValue("applications", cast.size())
        .log("seeded role {} with {} applications", role.id(), cast.size());
  }

  /**
   * Walks an application through the interviews (every interview scored by the first
   * interviewer of the team) and a reference check to an offer awaiting its approvers, one of
   * them approved; stays where it is when the users have no interviewer or no approver.
   */
  private Application toOffer(Application application, Actor recruiter, Instant now) {
    Optional<Actor> interviewer = member(HiringRole.INTERVIEWER);
    List<Actor> approvers = accounts.actors().stream()
        .filter(a -> a.kind() == Actor.Kind.MEMBER && a.actsAs(HiringRole.APPROVER)).toList();
    if (interviewer.isEmpty() || approvers.isEmpty()) {
      return application;
    }
    Application walked = application.advance(recruiter, now).advance(recruiter, now)
        .advance(recruiter, now);
    MemberId scorer = interviewer.get().memberId().orElseThrow();
    for (Interview interview : walked.currentStage().orElseThrow().interviews()) {
      walked = walked.submitScorecard(interviewer.get(), now, Scorecard.builder()
          .interview(interview.id()).interviewer(scorer).recommendation(Recommendation.YES)
          .build());
    }
    walked = walked.advance(recruiter, now).recordReference(recruiter, now, Reference.builder()
            .referee("A former manager").relationship(RefereeRelationship.MANAGER)
            .outcome(ReferenceOutcome.POSITIVE)
            .checkedBy(recruiter.memberId().orElseThrow()).build())
        .advance(recruiter, now);
    Compensation terms = Compensation.builder()
        .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(60))
        .employmentType(EmploymentType.FULL_TIME).build();
    MemberId[] chain = approvers.stream().map(a -> a.memberId().orElseThrow())
        .toArray(MemberId[]::new);
    return walked.draftOffer(recruiter, now, OfferId.of("offer-1"), terms,
            now.plus(Duration.ofDays(14)),
            ApprovalChain.of(ApprovalMode.PARALLEL, chain.length, chain))
        .submitOfferForApproval(recruiter, now)
        .approveOffer(approvers.get(0), now);
  }

  private Optional<Actor> member(HiringRole role) {
    return accounts.actors().stream()
        .filter(a -> a.kind() == Actor.Kind.MEMBER && a.actsAs(role)).findFirst();
  }
}
