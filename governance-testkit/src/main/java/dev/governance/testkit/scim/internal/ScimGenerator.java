package dev.governance.testkit.scim.internal;

import dev.governance.testkit.scim.ScimFixtures;
import dev.governance.testkit.scim.ScimShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds a {@link ScimShape} from a seed: the same shape and seed give the same resources. */
public final class ScimGenerator {
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken",
      "Margaret", "Dennis", "Frances", "Donald", "Radia", "Linus"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov",
      "Thompson", "Hamilton", "Ritchie", "Allen", "Knuth", "Perlman", "Torvalds"};
  private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance", "Support", "Legal"};

  private ScimGenerator() {}

  /**
   * Generates a shape.
   *
   * @param f where to put it
   * @param shape the shape
   * @param seed the seed
   */
  public static void generate(ScimFixtures f, ScimShape shape, long seed) {
    if (shape == ScimShape.EMPTY) {
      return;
    }
    Random random = new Random(seed);
    List<String> users = new ArrayList<>(shape.users());
    for (int i = 0; i < shape.users(); i++) {
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i / FIRST.length + i) % LAST.length];
      String login = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
          + (i < FIRST.length ? "" : Integer.toString(i)) + "@example.com";
      boolean active = shape == ScimShape.SMALL ? i != 5 : random.nextInt(20) != 0;
      String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      users.add(f.addUser(login, first + " " + last, active, Map.of("department", department,
          "employeeNumber", Integer.toString(1000 + i))));
    }
    List<String> groups = new ArrayList<>(shape.groups());
    if (shape == ScimShape.SMALL) {
      for (String name : List.of("Engineering", "Sales", "Admins", "All Staff")) {
        groups.add(f.addGroup(name));
      }
      for (int i = 0; i < users.size(); i++) {
        f.addMember(groups.get(i % 2), users.get(i));
      }
      f.addMember(groups.get(2), users.get(0));
      f.addMember(groups.get(2), users.get(1));
      f.addMember(groups.get(3), groups.get(0)); // Engineering is nested in All Staff
      f.addMember(groups.get(3), users.get(11));
      f.addRole(users.get(0), "admin", "Administrator");
      f.addRole(users.get(1), "auditor", "Auditor");
      f.addEntitlement(users.get(0), "billing:export", "Export billing");
      f.addEntitlement(users.get(2), "billing:export", "Export billing");
      f.addEntitlement(users.get(3), "crm:read", "Read the CRM");
      return;
    }
    for (int g = 0; g < shape.groups(); g++) {
      groups.add(f.addGroup("Team " + g));
    }
    for (String user : users) {
      int memberships = 1 + random.nextInt(3);
      for (int m = 0; m < memberships; m++) {
        f.addMember(groups.get(random.nextInt(groups.size())), user);
      }
      int dice = random.nextInt(100);
      if (dice < 2) {
        f.addRole(user, "admin", "Administrator");
      } else if (dice < 5) {
        f.addRole(user, "auditor", "Auditor");
      }
      if (random.nextInt(10) == 0) {
        f.addEntitlement(user, "feature:" + random.nextInt(8), null);
      }
    }
    for (int g = 1; g < groups.size(); g += 15) {
      f.addMember(groups.get(g - 1), groups.get(g)); // some nesting, no cycles
    }
  }
}
