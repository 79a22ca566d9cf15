package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.examples.SeedPosting;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
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
    List<CandidateId> cast = List.copyOf(ids);
    for (int i = 0; i < cast.size(); i++) {
      CandidateId id = cast.get(i);
      candidates.add(Candidate.of(id, "Seed Candidate " + (i + 1)));
      Application application = JsonFormat.HIRING.apply(ApplicationId.of("app-" + id.value()),
          id, role, Actor.candidate(id), now);
      switch (i % 4) {
        case 1 -> application = application.advance(recruiter, now);
        case 2 -> application = application.advance(recruiter, now).advance(recruiter, now);
        case 3 -> application = application.reject(recruiter, now,
            RejectionReason.of(RejectionSide.WE_REJECTED, "experience-mismatch"));
        default -> { }
      }
      store.append(application, 0);
    }
    LOG.atInfo().addKeyValue("role", role.id().value()).addKeyValue("applications", cast.size())
        .log("seeded role {} with {} applications", role.id(), cast.size());
  }
}
