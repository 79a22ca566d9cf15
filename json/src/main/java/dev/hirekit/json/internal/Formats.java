package dev.hirekit.json.internal;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Accommodation;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.Artifact;
import dev.hirekit.application.Checksum;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.StageVisit;
import dev.hirekit.application.SubmittedArtifact;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.report.DurationSketch;
import dev.hirekit.report.DurationSummary;
import dev.hirekit.report.OfferFigures;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.PlanFunnel;
import dev.hirekit.report.ReportScope;
import dev.hirekit.report.SourceFigures;
import dev.hirekit.report.SourceYield;
import dev.hirekit.report.StageFigures;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.TimeZoneWindow;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.TeamMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every type the format knows, with how it is written and read: the one table both Jackson
 * modules register.
 */
public final class Formats {
  private static final Map<Class<?>, TypeFormat<?>> FORMATS = table();
  private static final List<TypeFormat<?>> TEXTUAL = textualTable();

  private Formats() {}

  private static Map<Class<?>, TypeFormat<?>> table() {
    List<TypeFormat<?>> all = new ArrayList<>(ValueFormats.ids());
    EnumNames.ALL.forEach(names -> all.add(names.format()));
    all.add(TypeFormat.of(Money.class, ValueFormats::money, ValueFormats::money));
    all.add(TypeFormat.of(PayRange.class, ValueFormats::payRange, ValueFormats::payRange));
    all.add(TypeFormat.of(PayRate.class, ValueFormats::payRate, ValueFormats::payRate));
    all.add(TypeFormat.of(TeamMember.class, ValueFormats::teamMember, ValueFormats::teamMember));
    all.add(TypeFormat.of(HiringTeam.class, ValueFormats::hiringTeam, ValueFormats::hiringTeam));
    all.add(TypeFormat.of(Actor.class, ValueFormats::actor, ValueFormats::actor));
    all.add(TypeFormat.of(RejectionReason.class, ValueFormats::rejectionReason,
        ValueFormats::rejectionReason));
    all.add(TypeFormat.of(TimeBox.class, PlanFormats::timeBox, PlanFormats::timeBox));
    all.add(TypeFormat.of(TimeRule.class, PlanFormats::timeRule, PlanFormats::timeRule));
    all.add(TypeFormat.of(Interview.class, PlanFormats::interview, PlanFormats::interview));
    all.add(TypeFormat.of(Stage.class, PlanFormats::stage, PlanFormats::stage));
    all.add(TypeFormat.of(InterviewPlan.class, PlanFormats::plan, PlanFormats::plan));
    all.add(TypeFormat.of(Location.class, RoleFormats::location, RoleFormats::location));
    all.add(TypeFormat.of(TimeZoneWindow.class, RoleFormats::timeZoneWindow,
        RoleFormats::timeZoneWindow));
    all.add(TypeFormat.of(RemotePolicy.class, RoleFormats::remotePolicy,
        RoleFormats::remotePolicy));
    all.add(TypeFormat.of(dev.hirekit.role.CountryArrangement.class, RoleFormats::arrangement,
        RoleFormats::arrangement));
    all.add(TypeFormat.of(RoleDescription.class, RoleFormats::description,
        RoleFormats::description));
    all.add(TypeFormat.of(Posting.class, RoleFormats::posting, RoleFormats::posting));
    all.add(TypeFormat.of(Opening.class, RoleFormats::opening, RoleFormats::opening));
    all.add(TypeFormat.of(Level.class, RoleFormats::level, RoleFormats::level));
    all.add(TypeFormat.of(HeadcountReason.class, RoleFormats::headcountReason,
        RoleFormats::headcountReason));
    all.add(TypeFormat.of(Requisition.class, RoleFormats::requisition,
        RoleFormats::requisition));
    all.add(TypeFormat.of(Contact.class, CandidateFormats::contact, CandidateFormats::contact));
    all.add(TypeFormat.of(Consent.class, CandidateFormats::consent, CandidateFormats::consent));
    all.add(TypeFormat.of(Source.class, CandidateFormats::source, CandidateFormats::source));
    all.add(TypeFormat.of(Candidate.class, CandidateFormats::candidate,
        CandidateFormats::candidate));
    all.add(TypeFormat.of(Equity.class, OfferFormats::equity, OfferFormats::equity));
    all.add(TypeFormat.of(Compensation.class, OfferFormats::compensation,
        OfferFormats::compensation));
    all.add(TypeFormat.of(ApprovalChain.class, OfferFormats::approvalChain,
        OfferFormats::approvalChain));
    all.add(TypeFormat.of(Offer.class, OfferFormats::offer, OfferFormats::offer));
    all.add(TypeFormat.of(ApprovalGroup.class, OfferFormats::approvalGroup,
        OfferFormats::approvalGroup));
    all.add(TypeFormat.of(Contingency.class, OfferFormats::contingency,
        OfferFormats::contingency));
    all.add(TypeFormat.of(OfferDetails.class, OfferFormats::details, OfferFormats::details));
    all.add(TypeFormat.of(AttributeRating.class, FeedbackFormats::rating,
        FeedbackFormats::rating));
    all.add(TypeFormat.of(Scorecard.class, FeedbackFormats::scorecard,
        FeedbackFormats::scorecard));
    all.add(TypeFormat.of(Reference.class, FeedbackFormats::reference,
        FeedbackFormats::reference));
    all.add(RecordFormat.of(StageVisit.class, null));
    all.add(RecordFormat.of(DurationSketch.class, null));
    all.add(RecordFormat.of(DurationSummary.class, null));
    all.add(RecordFormat.of(StageFigures.class, null));
    all.add(RecordFormat.of(PlanFunnel.class, null));
    all.add(RecordFormat.of(OfferFigures.class, null));
    all.add(RecordFormat.of(SourceFigures.class, null));
    all.add(RecordFormat.of(SourceYield.class, null));
    all.add(RecordFormat.of(ReportScope.class, null));
    all.add(Documents.versioned(RecordFormat.of(PipelineReport.class, null)));
    all.addAll(events(ApplicationEvent.class, ApplicationEvent.types()));
    all.addAll(events(RoleEvent.class, RoleEvent.types()));
    all.add(RecordFormat.of(dev.hirekit.slate.SlateEntry.class, null));
    all.add(RecordFormat.of(dev.hirekit.slate.SlateCut.class, null));
    all.addAll(events(dev.hirekit.slate.SlateEvent.class, dev.hirekit.slate.SlateEvent.types()));
    all.addAll(events(dev.hirekit.pool.PoolEvent.class, dev.hirekit.pool.PoolEvent.types()));
    all.addAll(events(dev.hirekit.candidacy.MergeEvent.class,
        dev.hirekit.candidacy.MergeEvent.types()));
    all.add(TypeFormat.of(dev.hirekit.slate.Slate.class, CrossApplicationDocuments::slate,
        CrossApplicationDocuments::slate));
    all.add(TypeFormat.of(dev.hirekit.pool.TalentPool.class, CrossApplicationDocuments::pool,
        CrossApplicationDocuments::pool));
    all.add(TypeFormat.of(dev.hirekit.candidacy.CandidateMerges.class,
        CrossApplicationDocuments::merges, CrossApplicationDocuments::merges));
    all.add(TypeFormat.loaded(Application.class, Documents::application,
        Documents::application));
    all.add(TypeFormat.loaded(Role.class, Documents::role, Documents::role));
    all.add(TypeFormat.of(StageChoice.class, PlanFormats::choice, PlanFormats::choice));
    all.add(RecordFormat.of(Accommodation.class, null));
    all.add(TypeFormat.of(ArtifactAsk.class, PlanFormats::ask, PlanFormats::ask));
    all.add(TypeFormat.of(Requirement.class, PlanFormats::requirement,
        PlanFormats::requirement));
    all.add(TypeFormat.of(Checksum.class, FeedbackFormats::checksum, FeedbackFormats::checksum));
    all.add(TypeFormat.of(Artifact.class, FeedbackFormats::artifact, FeedbackFormats::artifact));
    all.add(RecordFormat.of(SubmittedArtifact.class, null));
    all.add(TypeFormat.of(ScaleLabel.class, PlanFormats::scaleLabel, PlanFormats::scaleLabel));
    all.add(TypeFormat.of(ScoringScale.class, PlanFormats::scale, PlanFormats::scale));
    all.add(TypeFormat.of(DecisionRule.class, PlanFormats::decisionRule,
        PlanFormats::decisionRule));
    Map<Class<?>, TypeFormat<?>> table = new LinkedHashMap<>();
    for (TypeFormat<?> format : all) {
      if (table.put(format.type(), format) != null) {
        throw new IllegalStateException("two formats for " + format.type().getName());
      }
    }
    return Collections.unmodifiableMap(table);
  }

  private static List<TypeFormat<?>> textualTable() {
    List<TypeFormat<?>> textual = new ArrayList<>();
    ValueFormats.ids().forEach(id -> textual.add(FORMATS.get(id.type())));
    EnumNames.ALL.forEach(names -> textual.add(FORMATS.get(names.type())));
    return List.copyOf(textual);
  }

  /**
   * The formats of an event interface: one per event type, and one for the interface that
   * dispatches on the {@code type} field.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <E> List<TypeFormat<?>> events(Class<E> family,
      Map<String, Class<? extends E>> types) {
    Map<String, TypeFormat<?>> byName = new LinkedHashMap<>();
    List<TypeFormat<?>> formats = new ArrayList<>();
    types.forEach((name, type) -> {
      TypeFormat<?> format = RecordFormat.of((Class<? extends Record>) (Class) type, name);
      byName.put(name, format);
      formats.add(format);
    });
    Function<Object, Object> write = event -> of(event.getClass()).write(event);
    formats.add(TypeFormat.loaded(family, write, (node, loading) -> {
      String name = node.get("type", Node::text);
      TypeFormat<?> format = byName.get(name);
      if (format == null) {
        throw node.field("type").problem("is not a known " + family.getSimpleName()
            + " type; expected one of " + String.join(", ", byName.keySet()));
      }
      return family.cast(format.read(node, loading));
    }));
    return formats;
  }

  /**
   * Every format, one per type: ids, enums, values, records, report figures, events and
   * documents.
   *
   * @return the formats
   */
  public static Collection<TypeFormat<?>> all() {
    return FORMATS.values();
  }

  /**
   * The formats that write a plain string (ids and enums), which can also be the keys of a JSON
   * object.
   *
   * @return the formats
   */
  public static List<TypeFormat<?>> textual() {
    return TEXTUAL;
  }

  /**
   * The format of a type.
   *
   * @param type the type, exactly as registered
   * @param <T> the type
   * @return its format
   * @throws IllegalArgumentException if the format does not know the type
   */
  @SuppressWarnings("unchecked")
  public static <T> TypeFormat<T> of(Class<T> type) {
    TypeFormat<?> format = FORMATS.get(type);
    if (format == null) {
      throw new IllegalArgumentException("the Hirekit JSON format has no " + type.getName());
    }
    return (TypeFormat<T>) format;
  }

  /**
   * The format that writes a value: that of its class or of the nearest registered superclass
   * (an Immutables implementation is written as its abstract type).
   *
   * @param value the value
   * @return its format
   */
  public static TypeFormat<?> forValue(Object value) {
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      TypeFormat<?> format = FORMATS.get(type);
      if (format != null) {
        return format;
      }
    }
    throw new IllegalArgumentException("the Hirekit JSON format has no "
        + value.getClass().getName());
  }

  /**
   * Writes a value to the tree.
   *
   * @param value the value
   * @return its tree
   */
  public static Object write(Object value) {
    return forValue(value).write(value);
  }
}
