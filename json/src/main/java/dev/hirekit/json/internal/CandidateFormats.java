package dev.hirekit.json.internal;

import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.team.MemberId;
import java.net.URI;

/**
 * The formats of candidates: their personal fields are data and are written in full, but no
 * message of the format ever repeats them.
 */
final class CandidateFormats {
  private CandidateFormats() {}

  static Object contact(Contact contact) {
    return Obj.of().put("emails", Scalars.list(contact.emails(), t -> t))
        .put("phones", Scalars.list(contact.phones(), t -> t))
        .put("links", Scalars.list(contact.links(), URI::toString)).tree();
  }

  static Contact contact(Node node) {
    return Contact.builder().emails(node.list("emails", Node::text))
        .phones(node.list("phones", Node::text)).links(node.list("links", Node::uri)).build();
  }

  static Object consent(Consent consent) {
    return Obj.of().put("givenAt", Scalars.instant(consent.givenAt()))
        .put("expiresAt", consent.expiresAt(), Scalars::instant).tree();
  }

  static Consent consent(Node node) {
    return Consent.builder().givenAt(node.get("givenAt", Node::instant))
        .expiresAt(node.find("expiresAt", Node::instant)).build();
  }

  static Object source(Source source) {
    return Obj.of().put("kind", EnumNames.SOURCE_KIND.name(source.kind()))
        .put("referrer", source.referrer(), MemberId::value)
        .put("agency", source.agency(), t -> t).put("event", source.event(), t -> t).tree();
  }

  static Source source(Node node) {
    return Source.builder().kind(node.get("kind", EnumNames.SOURCE_KIND::read))
        .referrer(node.find("referrer", n -> MemberId.of(n.text())))
        .agency(node.find("agency", Node::text)).event(node.find("event", Node::text)).build();
  }

  static Object candidate(Candidate candidate) {
    return Obj.of().put("schemaVersion", Documents.SCHEMA_VERSION)
        .put("id", candidate.id().value()).put("name", candidate.name())
        .put("contact", contact(candidate.contact())).put("source", source(candidate.source()))
        .put("tags", Scalars.sortedSet(candidate.tags(), t -> t))
        .put("consent", candidate.consent(), CandidateFormats::consent).tree();
  }

  static Candidate candidate(Node node) {
    Documents.schemaVersion(node);
    return Candidate.builder().id(node.get("id", n -> CandidateId.of(n.text())))
        .name(node.get("name", Node::text)).contact(node.get("contact", CandidateFormats::contact))
        .source(node.get("source", CandidateFormats::source))
        .tags(node.list("tags", Node::text))
        .consent(node.find("consent", CandidateFormats::consent)).build();
  }
}
