package dev.hirekit.json.internal;

import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.WorkplaceType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the schema.org {@code JobPosting} tree of a role. */
public final class JobPostingTree {
  private static final Map<EmploymentType, String> EMPLOYMENT = new EnumMap<>(Map.of(
      EmploymentType.FULL_TIME, "FULL_TIME", EmploymentType.PART_TIME, "PART_TIME",
      EmploymentType.CONTRACT, "CONTRACTOR", EmploymentType.INTERN, "INTERN",
      EmploymentType.TEMPORARY, "TEMPORARY"));
  private static final Map<PayPeriod, String> UNIT = new EnumMap<>(Map.of(
      PayPeriod.HOURLY, "HOUR", PayPeriod.DAILY, "DAY", PayPeriod.WEEKLY, "WEEK",
      PayPeriod.MONTHLY, "MONTH", PayPeriod.YEARLY, "YEAR"));

  private JobPostingTree() {}

  /**
   * The tree.
   *
   * @param role the role
   * @param organization the hiring organization's name, or null
   * @return the JSON-LD object
   */
  public static Map<String, Object> of(Role role, String organization) {
    Posting posting = role.posting();
    Obj obj = Obj.of().put("@context", "https://schema.org").put("@type", "JobPosting")
        .put("title", posting.title()).put("description", description(posting.description()));
    role.history().stream().filter(e -> e instanceof RoleEvent.Opened).findFirst()
        .ifPresent(opened -> obj.put("datePosted", Scalars.date(
            opened.at().atZone(java.time.ZoneOffset.UTC).toLocalDate())));
    obj.put("employmentType", EMPLOYMENT.get(posting.employmentType()));
    if (organization != null) {
      obj.put("hiringOrganization", Obj.of().put("@type", "Organization")
          .put("name", organization).tree());
    }
    if (posting.workplaceType() != WorkplaceType.REMOTE && !posting.locations().isEmpty()) {
      obj.put("jobLocation", Scalars.list(posting.locations(), JobPostingTree::place));
    }
    if (posting.workplaceType() != WorkplaceType.ON_SITE) {
      posting.remotePolicy().ifPresent(remote -> {
        obj.put("jobLocationType", "TELECOMMUTE");
        List<Object> areas = new ArrayList<>(Scalars.list(
            new java.util.TreeSet<>(remote.allowedCountries()),
            country -> Obj.of().put("@type", "Country").put("name", country).tree()));
        areas.addAll(Scalars.list(new java.util.TreeSet<>(remote.allowedRegions()),
            region -> Obj.of().put("@type", "State").put("name", region).tree()));
        if (!areas.isEmpty()) {
          obj.put("applicantLocationRequirements", areas);
        }
      });
    }
    posting.payRange().ifPresent(range -> obj.put("baseSalary", salary(range)));
    return obj.tree();
  }

  private static Object place(Location location) {
    return Obj.of().put("@type", "Place").put("address", Obj.of()
        .put("@type", "PostalAddress").put("addressLocality", location.city())
        .put("addressRegion", location.region(), r -> r)
        .put("addressCountry", location.country()).tree()).tree();
  }

  private static Object salary(PayRange range) {
    return Obj.of().put("@type", "MonetaryAmount")
        .put("currency", range.min().currency().getCurrencyCode())
        .put("value", Obj.of().put("@type", "QuantitativeValue")
            .put("minValue", range.min().amount()).put("maxValue", range.max().amount())
            .put("unitText", UNIT.get(range.period())).tree()).tree();
  }

  /** The description as plain text: the summary, then each list under its heading. */
  private static String description(RoleDescription description) {
    List<String> parts = new ArrayList<>();
    parts.add(description.summary());
    section(parts, "Responsibilities", description.responsibilities());
    section(parts, "Qualifications", description.qualifications());
    section(parts, "Benefits", description.benefits());
    description.travel().ifPresent(t -> parts.add("Travel: " + t));
    return String.join("\n\n", parts);
  }

  private static void section(List<String> parts, String heading, List<String> items) {
    if (!items.isEmpty()) {
      parts.add(heading + ":\n- " + String.join("\n- ", items));
    }
  }
}
