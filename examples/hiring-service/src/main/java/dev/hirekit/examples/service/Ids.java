package dev.hirekit.examples.service;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.role.RoleId;

/**
 * Ids from URL paths: an id Hirekit would refuse names nothing stored, so it is a 404.
 */
public final class Ids {
  private Ids() {}

  /**
   * A role id from a path.
   *
   * @param id the text
   * @return the id
   */
  public static RoleId role(String id) {
    try {
      return RoleId.of(id);
    } catch (InvalidValueException e) {
      throw Refusal.notFound("role", "(malformed id)");
    }
  }

  /**
   * An application id from a path.
   *
   * @param id the text
   * @return the id
   */
  public static ApplicationId application(String id) {
    try {
      return ApplicationId.of(id);
    } catch (InvalidValueException e) {
      throw Refusal.notFound("application", "(malformed id)");
    }
  }

  /**
   * A candidate id from a path.
   *
   * @param id the text
   * @return the id
   */
  public static CandidateId candidate(String id) {
    try {
      return CandidateId.of(id);
    } catch (InvalidValueException e) {
      throw Refusal.notFound("candidate", "(malformed id)");
    }
  }
}
