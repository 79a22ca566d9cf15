package dev.hirekit.examples.service;

import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Candidates, the personal data of the service: one row per candidate holding its Hirekit JSON
 * document, keyed by id. Nothing else in the store names a person.
 */
@Repository
public class CandidateFiles {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  /**
   * The candidates of a database.
   *
   * @param jdbc the database
   * @param json Spring's mapper, with Hirekit's format
   */
  public CandidateFiles(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Stores a new candidate.
   *
   * @param candidate the candidate
   * @throws Refusal exists if the id is taken
   */
  public void add(Candidate candidate) {
    try {
      jdbc.sql("insert into candidates (id, document) values (?, ?)")
          .params(candidate.id().value(), json.writeValueAsString(candidate)).update();
    } catch (DataIntegrityViolationException taken) {
      throw Refusal.exists("candidate", candidate.id().value());
    }
  }

  /**
   * A candidate.
   *
   * @param id the id
   * @return the candidate, if stored
   */
  public Optional<Candidate> find(CandidateId id) {
    return jdbc.sql("select document from candidates where id = ?").param(id.value())
        .query(String.class).optional().map(doc -> json.readValue(doc, Candidate.class));
  }

  /**
   * The candidates of these ids that are stored.
   *
   * @param ids the ids
   * @return the candidates
   */
  public List<Candidate> findAll(Collection<CandidateId> ids) {
    return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
  }
}
