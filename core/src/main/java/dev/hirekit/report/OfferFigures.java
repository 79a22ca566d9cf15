package dev.hirekit.report;

/**
 * What became of the offers: each figure counts offer versions (a revision makes a new version,
 * which may be submitted, approved and extended again), so an offer revised once after a decline
 * and then accepted counts one decline and one acceptance.
 *
 * <p>{@code drafted} counts offers (first versions); {@code submitted}, {@code approved}, {@code
 * extended} the versions that went for approval, were fully approved, were made to the
 * candidate; {@code accepted}, {@code declined}, {@code expired}, {@code rescinded} and {@code
 * approvalDeclined} the events of those outcomes; {@code revisions} the revisions made. {@code
 * extendToAnswer} measures, for each acceptance or decline of an extended version, the time since
 * that version was extended.
 *
 * <pre>{@code
 * OfferFigures offers = report.offers();
 * offers.acceptanceRate();       // accepted / extended
 * offers.revisionsPerOffer();
 * offers.extendToAnswer().median();
 * }</pre>
 *
 * @param drafted offers drafted
 * @param submitted versions submitted for approval
 * @param approved versions fully approved
 * @param approvalDeclined approvals declined
 * @param extended versions extended to the candidate
 * @param accepted acceptances
 * @param declined declines by the candidate
 * @param expired versions that lapsed unanswered
 * @param rescinded versions the company withdrew
 * @param revisions revisions made
 * @param extendToAnswer time from extension to acceptance or decline
 */
public record OfferFigures(long drafted, long submitted, long approved, long approvalDeclined,
    long extended, long accepted, long declined, long expired, long rescinded, long revisions,
    DurationSummary extendToAnswer) {

  private static final String TYPE = "OfferFigures";

  /**
   * Checks that every count is at least 0 and that the counts agree (else {@link
   * dev.hirekit.InvalidValueException}): {@code extendToAnswer} times at most {@code accepted +
   * declined} answers, {@code approved + approvalDeclined <= submitted}, {@code accepted +
   * expired <= extended}, and no revision without an offer drafted.
   *
   * @param drafted offers drafted
   * @param submitted versions submitted for approval
   * @param approved versions fully approved
   * @param approvalDeclined approvals declined
   * @param extended versions extended to the candidate
   * @param accepted acceptances
   * @param declined declines by the candidate
   * @param expired versions that lapsed unanswered
   * @param rescinded versions the company withdrew
   * @param revisions revisions made
   * @param extendToAnswer time from extension to acceptance or decline
   */
  public OfferFigures {
    Figures.count(drafted, TYPE, "drafted");
    Figures.count(submitted, TYPE, "submitted");
    Figures.count(approved, TYPE, "approved");
    Figures.count(approvalDeclined, TYPE, "approvalDeclined");
    Figures.count(extended, TYPE, "extended");
    Figures.count(accepted, TYPE, "accepted");
    Figures.count(declined, TYPE, "declined");
    Figures.count(expired, TYPE, "expired");
    Figures.count(rescinded, TYPE, "rescinded");
    Figures.count(revisions, TYPE, "revisions");
    Figures.given(extendToAnswer, TYPE, "extendToAnswer");
    Figures.agree(extendToAnswer.count() <= accepted + declined, TYPE, "extendToAnswer",
        "times " + extendToAnswer.count() + " answers, more than the " + (accepted + declined)
        + " acceptances and declines");
    Figures.agree(approved + approvalDeclined <= submitted, TYPE, "approved", "and "
        + "approvalDeclined come to " + (approved + approvalDeclined) + ", more than the "
        + submitted + " versions submitted; each submission is approved or declined once");
    Figures.agree(accepted + expired <= extended, TYPE, "accepted", "and expired come to "
        + (accepted + expired) + ", more than the " + extended + " versions extended; only an "
        + "extended version is accepted or expires, once");
    Figures.agree(revisions == 0 || drafted > 0, TYPE,
        "revisions", "are " + revisions + " with no offer drafted; only a drafted offer is "
        + "revised");
  }

  /**
   * No offers.
   *
   * @param exact whether percentiles will be exact
   * @return the empty figures
   */
  public static OfferFigures empty(boolean exact) {
    return new OfferFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, DurationSummary.empty(exact));
  }

  /**
   * The share of extended versions that were accepted.
   *
   * @return {@code accepted / extended}, 0 when none was extended
   */
  public double acceptanceRate() {
    return Figures.ratio(accepted, extended);
  }

  /**
   * Revisions per offer drafted.
   *
   * @return {@code revisions / drafted}, 0 when none was drafted
   */
  public double revisionsPerOffer() {
    return Figures.ratio(revisions, drafted);
  }

  /**
   * These figures and another's together.
   *
   * @param other figures over other applications
   * @return the figures over both
   */
  public OfferFigures merge(OfferFigures other) {
    return new OfferFigures(Math.addExact(drafted, other.drafted),
        Math.addExact(submitted, other.submitted), Math.addExact(approved, other.approved),
        Math.addExact(approvalDeclined, other.approvalDeclined),
        Math.addExact(extended, other.extended), Math.addExact(accepted, other.accepted),
        Math.addExact(declined, other.declined), Math.addExact(expired, other.expired),
        Math.addExact(rescinded, other.rescinded), Math.addExact(revisions, other.revisions),
        extendToAnswer.merge(other.extendToAnswer));
  }
}
