package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.TestRuns;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.Offer;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Candidates;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Anonymization of candidates and applications over random candidates and random application
 * histories whose free texts are random, recognisable words.
 */
class AnonymizationProperties {

  // ---------------------------------------------------------------- candidates

  @Property
  void aCandidatesPseudonymDependsOnTheIdOnlyAndNoPersonalDataRemains(
      @ForAll("candidates") Candidate candidate, @ForAll("candidates") Candidate other) {
    Candidate anon = candidate.anonymize();

    assertThat(anon.name()).isEqualTo(Candidate.pseudonymOf(candidate.id()))
        .matches("Candidate [0-9a-f]{10}");
    assertThat(other.withId(candidate.id()).anonymize().name()).isEqualTo(anon.name());
    assertThat(anon.contact().isEmpty()).isTrue();
    assertThat(anon.isAnonymized()).isTrue();
    assertThat(anon.anonymize()).isEqualTo(anon);
    assertThat(anon.id()).isEqualTo(candidate.id());
    assertThat(anon.source().kind()).isEqualTo(candidate.source().kind());
    assertThat(anon.source().referrer()).isEqualTo(candidate.source().referrer());
    assertThat(anon.source().agency()).isEmpty();
    assertThat(anon.source().event()).isEmpty();
    assertThat(anon.tags()).isEmpty();
    assertThat(anon.consent()).isEqualTo(candidate.consent());

    String everything = anon.name() + " " + anon.contact().emails() + anon.contact().phones()
        + anon.contact().links() + " " + anon + anon.tags() + anon.source().agency()
        + anon.source().event();
    for (String secret : personalData(candidate)) {
      assertThat(everything).doesNotContain(secret);
    }
    if (!other.id().equals(candidate.id())) {
      assertThat(other.anonymize().name()).isNotEqualTo(anon.name());
    }
  }

  @Provide
  Arbitrary<Candidate> candidates() {
    return Candidates.candidates();
  }

  private static List<String> personalData(Candidate candidate) {
    List<String> secrets = new ArrayList<>();
    secrets.add(candidate.name());
    // Free texts, if long enough not to occur by chance in the pseudonym or toString().
    candidate.tags().stream().filter(t -> t.length() >= 6).forEach(secrets::add);
    candidate.source().agency().filter(t -> t.length() >= 6).ifPresent(secrets::add);
    candidate.source().event().filter(t -> t.length() >= 6).ifPresent(secrets::add);
    secrets.addAll(candidate.contact().emails());
    secrets.addAll(candidate.contact().phones());
    candidate.contact().links().stream().map(URI::toString).forEach(secrets::add);
    return secrets;
  }

  // ---------------------------------------------------------------- applications

  /** A random history with its free texts replaced by random recognisable words. */
  record Case(Application original, List<String> texts) {
    @Override
    public String toString() {
      return original + " " + original.history();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofLength(8)
        .map(w -> "Zq" + w);
    return Combinators.combine(Applications.applications(), words.list().ofSize(8))
        .as((app, texts) -> new Case(withTexts(app, texts), texts));
  }

  /** The application replayed with every free text taken, in turn, from the given words. */
  private static Application withTexts(Application app, List<String> texts) {
    int[] next = {0};
    java.util.function.Supplier<String> text = () -> texts.get(next[0]++ % texts.size())
        + " and " + texts.get(next[0]++ % texts.size());
    List<ApplicationEvent> history = new ArrayList<>();
    for (ApplicationEvent event : app.history()) {
      ApplicationEvent e = event;
      if (e instanceof Applied a) {
        e = new Applied(a.application(), a.sequence(), a.candidate(), a.role(), a.plan(), a.team(), a.stage(),
            a.reason().map(r -> text.get()), a.at(), a.by());
      } else if (e instanceof Converted c) {
        e = new Converted(c.application(), c.sequence(), c.stage(), c.reason().map(r -> text.get()), c.at(), c.by());
      } else if (e instanceof Skipped s) {
        e = new Skipped(s.application(), s.sequence(), s.from(), s.to(), s.skipped(), text.get(), s.at(), s.by());
      } else if (e instanceof Rejected r) {
        e = new Rejected(r.application(), r.sequence(), r.reason().withCode(text.get()).withNote(text.get()), r.at(), r.by());
      } else if (e instanceof Withdrawn w) {
        e = new Withdrawn(w.application(), w.sequence(), text.get(), w.at(), w.by());
      } else if (e instanceof Reopened r) {
        e = new Reopened(r.application(), r.sequence(), r.stage(), text.get(), r.at(), r.by());
      } else if (e instanceof ScorecardSubmitted s) {
        Scorecard card = s.scorecard().withNotes(text.get())
            .withRatings(List.of(AttributeRating.of(text.get(), 3)));
        e = new ScorecardSubmitted(s.application(), s.sequence(), card, s.at(), s.by());
      } else if (e instanceof ReferenceRecorded r) {
        e = new ReferenceRecorded(r.application(), r.sequence(), r.reference().withReferee(text.get()).withNotes(text.get()),
            r.at(), r.by());
      } else if (e instanceof OfferApprovalDeclined d) {
        e = new OfferApprovalDeclined(d.application(), d.sequence(), d.offer(), d.offerVersion(), text.get(), d.at(), d.by());
      } else if (e instanceof OfferDeclined d) {
        e = new OfferDeclined(d.application(), d.sequence(), d.offer(), d.offerVersion(), text.get(), d.at(), d.by());
      } else if (e instanceof OfferRescinded r) {
        e = new OfferRescinded(r.application(), r.sequence(), r.offer(), r.offerVersion(), text.get(), r.at(), r.by());
      } else if (e instanceof Unhired u) {
        e = new Unhired(u.application(), u.sequence(), u.opening(), u.reason(), text.get(), u.at(), u.by());
      } else if (e instanceof ApplicationEvent.Transferred t) {
        e = new ApplicationEvent.Transferred(t.application(), t.sequence(), t.from(), t.role(),
            t.plan(), t.team(), t.stage(), text.get(), t.at(), t.by());
      }
      history.add(e);
    }
    return Application.replay(history);
  }

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void anonymizingErasesTheFreeTextsOnlyIsIdempotentAndReplays(@ForAll("cases") Case c) {
    Application app = c.original();
    Application anon = app.anonymize();

    assertThat(anon.id()).isEqualTo(app.id());
    assertThat(anon.candidateId()).isEqualTo(app.candidateId());
    assertThat(anon.roleId()).isEqualTo(app.roleId());
    assertThat(anon.plan()).isEqualTo(app.plan());
    assertThat(anon.status()).isEqualTo(app.status());
    assertThat(anon.stage()).isEqualTo(app.stage());
    assertThat(anon.stageVisits()).isEqualTo(app.stageVisits());
    assertThat(anon.hiredInto()).isEqualTo(app.hiredInto());
    assertThat(anon.startDate()).isEqualTo(app.startDate());
    assertThat(anon.offers()).hasSameSizeAs(app.offers());
    for (int i = 0; i < app.offers().size(); i++) {
      Offer before = app.offers().get(i);
      Offer after = anon.offers().get(i);
      assertThat(after.id()).isEqualTo(before.id());
      assertThat(after.version()).isEqualTo(before.version());
      assertThat(after.status()).isEqualTo(before.status());
      assertThat(after.compensation()).isEqualTo(before.compensation());
      assertThat(after.expiresAt()).isEqualTo(before.expiresAt());
      assertThat(after.approvals()).isEqualTo(before.approvals());
    }
    assertThat(anon.scorecards()).extracting(Scorecard::recommendation)
        .isEqualTo(app.scorecards().stream().map(Scorecard::recommendation)
            .collect(Collectors.toList()));
    assertThat(anon.scorecards()).extracting(Scorecard::interviewer)
        .isEqualTo(app.scorecards().stream().map(Scorecard::interviewer)
            .collect(Collectors.toList()));
    assertThat(anon.references()).extracting(Reference::outcome)
        .isEqualTo(app.references().stream().map(Reference::outcome)
            .collect(Collectors.toList()));
    assertThat(anon.rejection().map(RejectionReason::side))
        .isEqualTo(app.rejection().map(RejectionReason::side));
    assertThat(anon.history()).hasSameSizeAs(app.history());
    for (int i = 0; i < app.history().size(); i++) {
      ApplicationEvent before = app.history().get(i);
      ApplicationEvent after = anon.history().get(i);
      assertThat(after.getClass()).isEqualTo(before.getClass());
      assertThat(after.at()).isEqualTo(before.at());
      assertThat(after.by()).isEqualTo(before.by());
    }
    // Not vacuous: most histories hold free texts to erase.
    Statistics.label("free texts erased").collect(!freeTexts(app).isEmpty());
    if (TestRuns.isFull()) {
      Statistics.label("free texts erased")
          .coverage(check -> check.check(true).percentage(p -> p > 30));
    }

    assertThat(anon.anonymize()).isEqualTo(anon);
    assertThat(Application.replay(anon.history())).isEqualTo(anon);
    List<String> left = freeTexts(anon);
    assertThat(left).allMatch(t -> t.equals(Application.ERASED) || t.matches("Referee \\d+")
        || t.equals("application rejected") || t.equals("application withdrawn")
        || t.equals("candidate reneged") || t.equals("hire reversed")
        || t.matches("attribute \\d+") || t.equals("hire-reversed"));
    String all = String.join("|", left) + anon + anon.history() + anon.offers()
        + anon.scorecards() + anon.references() + anon.rejection();
    for (String word : c.texts()) {
      assertThat(all).doesNotContain(word);
    }
    assertThat(anon.references()).allMatch(r -> r.notes().isEmpty());
    assertThat(anon.scorecards()).allMatch(s -> s.notes().isEmpty());
    assertThat(anon.rejection().flatMap(RejectionReason::note)).isEmpty();
  }

  /** Every free text an application holds: reasons, notes, referees, offer reasons. */
  static List<String> freeTexts(Application app) {
    List<String> texts = new ArrayList<>();
    for (ApplicationEvent e : app.history()) {
      if (e instanceof Applied a) {
        a.reason().ifPresent(texts::add);
      } else if (e instanceof Converted c) {
        c.reason().ifPresent(texts::add);
      } else if (e instanceof Skipped s) {
        texts.add(s.reason());
      } else if (e instanceof Rejected r) {
        texts.add(r.reason().code());
        r.reason().note().ifPresent(texts::add);
      } else if (e instanceof Withdrawn w) {
        texts.add(w.reason());
      } else if (e instanceof Reopened r) {
        texts.add(r.reason());
      } else if (e instanceof ScorecardSubmitted s) {
        s.scorecard().notes().ifPresent(texts::add);
        s.scorecard().ratings().forEach(rating -> texts.add(rating.attribute()));
      } else if (e instanceof ReferenceRecorded r) {
        texts.add(r.reference().referee());
        r.reference().notes().ifPresent(texts::add);
      } else if (e instanceof OfferApprovalDeclined d) {
        texts.add(d.reason());
      } else if (e instanceof OfferDeclined d) {
        texts.add(d.reason());
      } else if (e instanceof OfferRescinded r) {
        texts.add(r.reason());
      } else if (e instanceof Unhired u) {
        texts.add(u.note());
      } else if (e instanceof ApplicationEvent.Transferred t) {
        texts.add(t.reason());
      }
    }
    Stream.of(app.offers().stream().map(Offer::reason),
            app.scorecards().stream().map(Scorecard::notes),
            app.references().stream().map(Reference::notes),
            app.references().stream().map(r -> Optional.of(r.referee())),
            app.rejection().stream().map(RejectionReason::note),
            app.rejection().stream().map(r -> Optional.of(r.code())))
        .flatMap(s -> s)
        .flatMap(Optional::stream)
        .forEach(texts::add);
    return texts;
  }
}
