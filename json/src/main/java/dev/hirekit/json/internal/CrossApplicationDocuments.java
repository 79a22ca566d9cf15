package dev.hirekit.json.internal;

import dev.hirekit.candidacy.CandidateMerges;
import dev.hirekit.candidacy.MergeEvent;
import dev.hirekit.pool.PoolEvent;
import dev.hirekit.pool.TalentPool;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateEvent;
import java.util.List;
import java.util.function.Function;

/**
 * The documents of the aggregates that span applications: a slate, a talent pool and the
 * candidate merges, each written as a short summary and its events and read by replaying the
 * events, like a role; a summary field that disagrees with the history is refused.
 */
final class CrossApplicationDocuments {
  private CrossApplicationDocuments() {}

  static Object slate(Slate slate) {
    return Obj.of().put("schemaVersion", Documents.SCHEMA_VERSION)
        .put("id", slate.id().value())
        .put("role", slate.role().value())
        .put("version", slate.version())
        .put("status", EnumNames.SLATE_STATUS.name(slate.status()))
        .put("history", Scalars.list(slate.history(), Formats::write)).tree();
  }

  static Slate slate(Node node) {
    Slate slate = replayed(node, SlateEvent.class, Slate::replay);
    Documents.agrees(node, "id", slate.id().value(), Node::text);
    Documents.agrees(node, "role", slate.role().value(), Node::text);
    Documents.agrees(node, "version", slate.version(), Node::whole);
    Documents.agrees(node, "status", slate.status(), EnumNames.SLATE_STATUS::read);
    return slate;
  }

  static Object pool(TalentPool pool) {
    return Obj.of().put("schemaVersion", Documents.SCHEMA_VERSION)
        .put("id", pool.id().value())
        .put("version", pool.version())
        .put("history", Scalars.list(pool.history(), Formats::write)).tree();
  }

  static TalentPool pool(Node node) {
    TalentPool pool = replayed(node, PoolEvent.class, TalentPool::replay);
    Documents.agrees(node, "id", pool.id().value(), Node::text);
    Documents.agrees(node, "version", pool.version(), Node::whole);
    return pool;
  }

  static Object merges(CandidateMerges merges) {
    return Obj.of().put("schemaVersion", Documents.SCHEMA_VERSION)
        .put("version", merges.version())
        .put("history", Scalars.list(merges.history(), Formats::write)).tree();
  }

  static CandidateMerges merges(Node node) {
    CandidateMerges merges = replayed(node, MergeEvent.class, CandidateMerges::replay);
    Documents.agrees(node, "version", merges.version(), Node::whole);
    return merges;
  }

  /** The aggregate a document's history gives: the schema version checked, then its replay. */
  private static <E, A> A replayed(Node node, Class<E> event, Function<List<E>, A> replay) {
    Documents.schemaVersion(node);
    List<E> history = node.list("history", n -> Formats.of(event).read(n, Loading.REPLAY));
    return node.field("history").as(n -> replay.apply(history));
  }
}
