package dev.hirekit.json.internal;

import dev.hirekit.application.Artifact;
import dev.hirekit.application.Checksum;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.team.MemberId;

/** The formats of scorecards, reference checks and submitted artifacts. */
final class FeedbackFormats {
  private FeedbackFormats() {}

  static Object rating(AttributeRating rating) {
    return Obj.of().put("attribute", rating.attribute()).put("score", (long) rating.score())
        .tree();
  }

  static AttributeRating rating(Node node) {
    return AttributeRating.of(node.get("attribute", Node::text),
        node.get("score", Node::integer));
  }

  static Object scorecard(Scorecard scorecard) {
    return Obj.of().put("interview", scorecard.interview().value())
        .put("interviewer", scorecard.interviewer().value())
        .put("recommendation", EnumNames.RECOMMENDATION.name(scorecard.recommendation()))
        .put("scaleLabel", scorecard.scaleLabel(), l -> l)
        .put("ratings", Scalars.list(scorecard.ratings(), FeedbackFormats::rating))
        .put("notes", scorecard.notes(), t -> t).tree();
  }

  static Scorecard scorecard(Node node) {
    return Scorecard.builder().interview(node.get("interview", n -> InterviewId.of(n.text())))
        .interviewer(node.get("interviewer", n -> MemberId.of(n.text())))
        .recommendation(node.get("recommendation", EnumNames.RECOMMENDATION::read))
        .scaleLabel(node.find("scaleLabel", Node::text))
        .ratings(node.list("ratings", FeedbackFormats::rating))
        .notes(node.find("notes", Node::text)).build();
  }

  static Object reference(Reference reference) {
    return Obj.of().put("referee", reference.referee())
        .put("relationship", EnumNames.REFEREE_RELATIONSHIP.name(reference.relationship()))
        .put("outcome", EnumNames.REFERENCE_OUTCOME.name(reference.outcome()))
        .put("checkedBy", reference.checkedBy().value())
        .put("notes", reference.notes(), t -> t).tree();
  }

  static Reference reference(Node node) {
    return Reference.builder().referee(node.get("referee", Node::text))
        .relationship(node.get("relationship", EnumNames.REFEREE_RELATIONSHIP::read))
        .outcome(node.get("outcome", EnumNames.REFERENCE_OUTCOME::read))
        .checkedBy(node.get("checkedBy", n -> MemberId.of(n.text())))
        .notes(node.find("notes", Node::text)).build();
  }

  static Object checksum(Checksum checksum) {
    return Obj.of().put("algorithm", EnumNames.CHECKSUM_ALGORITHM.name(checksum.algorithm()))
        .put("value", checksum.value()).tree();
  }

  static Checksum checksum(Node node) {
    return Checksum.of(node.get("algorithm", EnumNames.CHECKSUM_ALGORITHM::read),
        node.get("value", Node::text));
  }

  static Object artifact(Artifact artifact) {
    return Obj.of().put("uri", artifact.uri().toString())
        .put("mediaType", artifact.mediaType())
        .put("checksum", checksum(artifact.checksum()))
        .put("size", artifact.size(), n -> n).tree();
  }

  static Artifact artifact(Node node) {
    return Artifact.builder().uri(node.get("uri", Node::uri))
        .mediaType(node.get("mediaType", Node::text))
        .checksum(node.get("checksum", FeedbackFormats::checksum))
        .size(node.find("size", Node::whole)).build();
  }
}
