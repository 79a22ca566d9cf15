package dev.hirekit.json;

import dev.hirekit.json.internal.JobPostingTree;
import dev.hirekit.role.Role;
import java.util.Map;
import java.util.Objects;

/**
 * A role as a schema.org {@code JobPosting} in JSON-LD, what search engines read from a careers
 * page: title, description, datePosted (when the role first opened), employmentType,
 * hiringOrganization (when given), jobLocation or, for a remote role, jobLocationType {@code
 * TELECOMMUTE} with applicantLocationRequirements, and baseSalary as a {@code MonetaryAmount}.
 * A field the role lacks is left out, never invented. Both Jackson modules write it.
 *
 * <pre>{@code
 * String jsonLd = mapper.writeValueAsString(JobPosting.of(role, "Example Corp"));
 * }</pre>
 */
public final class JobPosting {
  private final Map<String, Object> tree;

  private JobPosting(Map<String, Object> tree) {
    this.tree = tree;
  }

  /**
   * The posting of a role, with no hiring organization (the role does not name one).
   *
   * @param role the role
   * @return the posting
   */
  public static JobPosting of(Role role) {
    return new JobPosting(JobPostingTree.of(Objects.requireNonNull(role, "role"), null));
  }

  /**
   * The posting of a role by a named organization.
   *
   * @param role the role
   * @param organization the hiring organization's name
   * @return the posting
   */
  public static JobPosting of(Role role, String organization) {
    Objects.requireNonNull(organization, "organization");
    return new JobPosting(JobPostingTree.of(Objects.requireNonNull(role, "role"),
        organization));
  }

  /**
   * The JSON-LD object as a tree of maps, lists and strings, in field order; what the Jackson
   * modules write.
   *
   * @return the tree, unmodifiable
   */
  public Map<String, Object> tree() {
    return tree;
  }

  /** The posting's title only: its texts may be long. */
  @Override
  public String toString() {
    return "JobPosting{" + tree.get("title") + "}";
  }
}
