package dev.hirekit.json.internal;

/**
 * A document that does not follow the format: names the JSON path and the problem, never the
 * value read (it may be personal data). The Jackson modules turn it into their own exception
 * type.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the problem. */
  private final String path;
  /** What is wrong and what is expected instead. */
  private final String problem;

  /**
   * A problem at a path.
   *
   * @param path the JSON path, such as {@code $.history[3].at}
   * @param problem what is wrong and what is expected instead
   */
  public FormatException(String path, String problem) {
    super(path + ": " + problem, null, false, false);
    this.path = path;
    this.problem = problem;
  }

  /**
   * Where.
   *
   * @return the JSON path
   */
  public String path() {
    return path;
  }

  /**
   * What.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
