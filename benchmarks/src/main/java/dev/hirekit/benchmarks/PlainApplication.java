package dev.hirekit.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * J's plain contender: the application document Hirekit writes for a full hire ({@link
 * PipelineRole#fullHire(String, String)}), as hand-written records that Jackson 2 binds without
 * any Hirekit code, typed as a hand-written DTO would be: ids as strings, enums as Java enums
 * with their snake case names, instants, dates and durations as {@code java.time} values
 * (jackson-datatype-jsr310, ISO-8601 text), amounts as {@link BigDecimal} written as strings,
 * the event list polymorphic on {@code type} and the actor on {@code kind}. The records hold the
 * fields this document has, no more: the events of a full hire (applied, advanced, an offer
 * drafted, extended and accepted, hired) and the member and candidate actors; an absent
 * optional field is {@code null} and left out. {@link JsonBenchmark} checks in its setup that
 * they write the same JSON tree as Hirekit's modules.
 *
 * <pre>{@code
 * PlainApplication plain = mapper.readValue(json, PlainApplication.class);
 * String status = plain.status().name();   // HIRED
 * }</pre>
 *
 * @param schemaVersion the format's version, 1
 * @param id the application's id
 * @param candidate the candidate's id
 * @param role the role's id
 * @param version the number of events
 * @param status where the application stands
 * @param stage the current stage's id, absent for a prospect
 * @param history the events, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainApplication(int schemaVersion, String id, String candidate, String role,
    long version, Status status, String stage, List<Event> history) {

  /**
   * An application's status.
   *
   * <pre>{@code
   * Status status = plain.status();
   * }</pre>
   */
  public enum Status {
    /** A lead. */
    @JsonProperty("prospect") PROSPECT,
    /** In the pipeline. */
    @JsonProperty("active") ACTIVE,
    /** Rejected. */
    @JsonProperty("rejected") REJECTED,
    /** Withdrawn. */
    @JsonProperty("withdrawn") WITHDRAWN,
    /** Hired. */
    @JsonProperty("hired") HIRED
  }

  /**
   * A stage's kind.
   *
   * <pre>{@code
   * StageKind kind = stage.kind();
   * }</pre>
   */
  public enum StageKind {
    /** Application review. */
    @JsonProperty("application_review") APPLICATION_REVIEW,
    /** Screen. */
    @JsonProperty("screen") SCREEN,
    /** Assessment. */
    @JsonProperty("assessment") ASSESSMENT,
    /** Interview. */
    @JsonProperty("interview") INTERVIEW,
    /** Decision. */
    @JsonProperty("decision") DECISION,
    /** Reference check. */
    @JsonProperty("reference_check") REFERENCE_CHECK,
    /** Background check. */
    @JsonProperty("background_check") BACKGROUND_CHECK,
    /** Offer. */
    @JsonProperty("offer") OFFER,
    /** Custom. */
    @JsonProperty("custom") CUSTOM
  }

  /**
   * How a stage is held.
   *
   * <pre>{@code
   * List<StageFormat> formats = stage.formats();
   * }</pre>
   */
  public enum StageFormat {
    /** Phone. */
    @JsonProperty("phone") PHONE,
    /** Video. */
    @JsonProperty("video") VIDEO,
    /** On site. */
    @JsonProperty("on_site") ON_SITE,
    /** Asynchronous. */
    @JsonProperty("async") ASYNC
  }

  /**
   * An interview's focus.
   *
   * <pre>{@code
   * InterviewFocus focus = interview.focus();
   * }</pre>
   */
  public enum InterviewFocus {
    /** Technical. */
    @JsonProperty("technical") TECHNICAL,
    /** Non-technical. */
    @JsonProperty("non_technical") NON_TECHNICAL,
    /** Mixed. */
    @JsonProperty("mixed") MIXED
  }

  /**
   * A hiring role of a team member.
   *
   * <pre>{@code
   * List<HiringRole> roles = member.roles();
   * }</pre>
   */
  public enum HiringRole {
    /** Hiring manager. */
    @JsonProperty("hiring_manager") HIRING_MANAGER,
    /** Recruiter. */
    @JsonProperty("recruiter") RECRUITER,
    /** Coordinator. */
    @JsonProperty("coordinator") COORDINATOR,
    /** Interviewer. */
    @JsonProperty("interviewer") INTERVIEWER,
    /** Approver. */
    @JsonProperty("approver") APPROVER
  }

  /**
   * A pay period.
   *
   * <pre>{@code
   * PayPeriod period = compensation.base().period();
   * }</pre>
   */
  public enum PayPeriod {
    /** Hourly. */
    @JsonProperty("hourly") HOURLY,
    /** Daily. */
    @JsonProperty("daily") DAILY,
    /** Weekly. */
    @JsonProperty("weekly") WEEKLY,
    /** Monthly. */
    @JsonProperty("monthly") MONTHLY,
    /** Yearly. */
    @JsonProperty("yearly") YEARLY
  }

  /**
   * An employment type.
   *
   * <pre>{@code
   * EmploymentType type = compensation.employmentType();
   * }</pre>
   */
  public enum EmploymentType {
    /** Full time. */
    @JsonProperty("full_time") FULL_TIME,
    /** Part time. */
    @JsonProperty("part_time") PART_TIME,
    /** Contract. */
    @JsonProperty("contract") CONTRACT,
    /** Intern. */
    @JsonProperty("intern") INTERN,
    /** Temporary. */
    @JsonProperty("temporary") TEMPORARY
  }

  /**
   * How an approval chain's approvers decide.
   *
   * <pre>{@code
   * ApprovalMode mode = chain.mode();
   * }</pre>
   */
  public enum ApprovalMode {
    /** One after the other. */
    @JsonProperty("sequential") SEQUENTIAL,
    /** All at once. */
    @JsonProperty("parallel") PARALLEL
  }

  /**
   * One event of the history, by its {@code type}.
   *
   * <pre>{@code
   * if (event instanceof PlainApplication.Advanced advanced) { ... }
   * }</pre>
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY,
      property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Applied.class, name = "application.applied"),
      @JsonSubTypes.Type(value = Advanced.class, name = "application.advanced"),
      @JsonSubTypes.Type(value = OfferDrafted.class, name = "offer.drafted"),
      @JsonSubTypes.Type(value = OfferExtended.class, name = "offer.extended"),
      @JsonSubTypes.Type(value = OfferAccepted.class, name = "offer.accepted"),
      @JsonSubTypes.Type(value = Hired.class, name = "application.hired")})
  public sealed interface Event
      permits Applied, Advanced, OfferDrafted, OfferExtended, OfferAccepted, Hired {
    /**
     * The application's id.
     *
     * @return the id
     */
    String application();

    /**
     * The event's number in the history.
     *
     * @return the sequence number
     */
    long sequence();

    /**
     * When.
     *
     * @return the instant
     */
    Instant at();

    /**
     * Who.
     *
     * @return the actor
     */
    Actor by();
  }

  /**
   * {@code application.applied}.
   *
   * <pre>{@code
   * Plan plan = applied.plan();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence 1
   * @param candidate the candidate's id
   * @param role the role's id
   * @param plan the role's plan
   * @param team the role's hiring team
   * @param stage the entry stage's id
   * @param at when
   * @param by who
   */
  public record Applied(String application, long sequence, String candidate, String role,
      Plan plan, Team team, String stage, Instant at, Actor by) implements Event {}

  /**
   * {@code application.advanced}.
   *
   * <pre>{@code
   * String to = advanced.to();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence the sequence number
   * @param from the stage left
   * @param to the stage entered
   * @param at when
   * @param by who
   */
  public record Advanced(String application, long sequence, String from, String to, Instant at,
      Actor by) implements Event {}

  /**
   * {@code offer.drafted}.
   *
   * <pre>{@code
   * BigDecimal base = drafted.compensation().base().amount().amount();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence the sequence number
   * @param offer the offer's id
   * @param offerVersion 1
   * @param compensation the terms
   * @param expiresAt when the offer lapses
   * @param approvalChain who approves it
   * @param at when
   * @param by who
   */
  public record OfferDrafted(String application, long sequence, String offer, int offerVersion,
      Compensation compensation, Instant expiresAt, ApprovalChain approvalChain, Instant at,
      Actor by) implements Event {}

  /**
   * {@code offer.extended}.
   *
   * <pre>{@code
   * String offer = extended.offer();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence the sequence number
   * @param offer the offer's id
   * @param offerVersion the offer's version
   * @param at when
   * @param by who
   */
  public record OfferExtended(String application, long sequence, String offer, int offerVersion,
      Instant at, Actor by) implements Event {}

  /**
   * {@code offer.accepted}.
   *
   * <pre>{@code
   * String offer = accepted.offer();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence the sequence number
   * @param offer the offer's id
   * @param offerVersion the offer's version
   * @param at when
   * @param by who
   */
  public record OfferAccepted(String application, long sequence, String offer, int offerVersion,
      Instant at, Actor by) implements Event {}

  /**
   * {@code application.hired}.
   *
   * <pre>{@code
   * LocalDate start = hired.startDate();
   * }</pre>
   *
   * @param application the application's id
   * @param sequence the sequence number
   * @param opening the opening filled
   * @param startDate the start date
   * @param at when
   * @param by who
   */
  public record Hired(String application, long sequence, String opening, LocalDate startDate,
      Instant at, Actor by) implements Event {}

  /**
   * An interview plan.
   *
   * <pre>{@code
   * int stages = plan.stages().size();
   * }</pre>
   *
   * @param version the plan's version
   * @param stages the stages, in order
   */
  public record Plan(int version, List<Stage> stages) {}

  /**
   * A stage of a plan.
   *
   * <pre>{@code
   * String id = stage.id();
   * }</pre>
   *
   * @param id the stage's id
   * @param name its name
   * @param kind its kind
   * @param formats how it is held
   * @param interviews its interviews
   * @param optional whether it may be skipped
   * @param requiredScorecards how many scorecards it needs
   */
  public record Stage(String id, String name, StageKind kind, List<StageFormat> formats,
      List<Interview> interviews, boolean optional, int requiredScorecards) {}

  /**
   * An interview of a stage.
   *
   * <pre>{@code
   * Duration length = interview.duration();
   * }</pre>
   *
   * @param id the interview's id
   * @param name its name
   * @param focus its focus
   * @param duration how long it takes
   * @param interviewers the members who hold it
   */
  public record Interview(String id, String name, InterviewFocus focus, Duration duration,
      List<String> interviewers) {}

  /**
   * A hiring team.
   *
   * <pre>{@code
   * int size = team.members().size();
   * }</pre>
   *
   * @param members its members
   */
  public record Team(List<TeamMember> members) {}

  /**
   * A member of a hiring team.
   *
   * <pre>{@code
   * String id = member.id();
   * }</pre>
   *
   * @param id the member's id
   * @param roles their hiring roles
   */
  public record TeamMember(String id, List<HiringRole> roles) {}

  /**
   * An offer's terms.
   *
   * <pre>{@code
   * LocalDate start = compensation.startDate();
   * }</pre>
   *
   * @param base the base pay
   * @param startDate the start date
   * @param employmentType the employment type
   */
  public record Compensation(PayRate base, LocalDate startDate, EmploymentType employmentType) {}

  /**
   * An amount per period.
   *
   * <pre>{@code
   * PayPeriod period = rate.period();
   * }</pre>
   *
   * @param amount the amount
   * @param period the period
   */
  public record PayRate(Money amount, PayPeriod period) {}

  /**
   * An amount of a currency, the amount written as a decimal string.
   *
   * <pre>{@code
   * BigDecimal amount = money.amount();
   * }</pre>
   *
   * @param amount the amount
   * @param currency the ISO-4217 code
   */
  public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      String currency) {}

  /**
   * Who approves an offer.
   *
   * <pre>{@code
   * int required = chain.required();
   * }</pre>
   *
   * @param approvers the approvers' ids
   * @param required how many must approve
   * @param mode in which order
   */
  public record ApprovalChain(List<String> approvers, int required, ApprovalMode mode) {}

  /**
   * Who acted, by its {@code kind}.
   *
   * <pre>{@code
   * if (event.by() instanceof PlainApplication.MemberActor member) { ... }
   * }</pre>
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY,
      property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = MemberActor.class, name = "member"),
      @JsonSubTypes.Type(value = CandidateActor.class, name = "candidate")})
  public sealed interface Actor permits MemberActor, CandidateActor {}

  /**
   * A member of the hiring team, in some roles.
   *
   * <pre>{@code
   * String member = actor.member();
   * }</pre>
   *
   * @param member the member's id
   * @param roles the roles they act in
   */
  public record MemberActor(String member, List<HiringRole> roles) implements Actor {}

  /**
   * The candidate.
   *
   * <pre>{@code
   * String candidate = actor.candidate();
   * }</pre>
   *
   * @param candidate the candidate's id
   */
  public record CandidateActor(String candidate) implements Actor {}
}
