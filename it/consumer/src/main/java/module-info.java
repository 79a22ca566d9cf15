/** A team's program that uses Hirekit and its Jackson 2 module, as a named module. */
module dev.hirekit.consumer {
  requires dev.hirekit;
  requires dev.hirekit.jackson;
}
