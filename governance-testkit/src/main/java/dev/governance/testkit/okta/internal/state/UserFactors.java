package dev.governance.testkit.okta.internal.state;

import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.UserStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The MFA factor commands: enrolment, activation and removal, with Okta's rules. A factor type can
 * be enrolled when the factor catalog lists it (the enrollment policy, {@link
 * TenantState#enrollableFactorTypes()}, when one is set) and the user has no factor of that type
 * yet. {@code activate=true} activates {@code sms}, {@code call}, {@code email} and {@code
 * token:hotp} at once (Okta's auto-activation); {@code question} is active once enrolled; every
 * other enrolment waits in {@code PENDING_ACTIVATION} for {@link #activate}, which takes the
 * tenant's fixed pass code {@link #PASS_CODE} for the factors that send or show one and refuses
 * the factors that need a device ({@code push}, {@code webauthn}, {@code u2f}, ...).
 */
public final class UserFactors {
  /** The one pass code the fake tenant accepts, for every factor and user. */
  public static final String PASS_CODE = "123456";

  /** The factors the catalog offers when no enrollment policy is set: type and provider. */
  public static final List<String[]> CATALOG = List.of(
      new String[] {"question", "OKTA"}, new String[] {"sms", "OKTA"}, new String[] {"call", "OKTA"},
      new String[] {"email", "OKTA"}, new String[] {"token:software:totp", "OKTA"},
      new String[] {"token:software:totp", "GOOGLE"}, new String[] {"push", "OKTA"},
      new String[] {"webauthn", "FIDO"});

  private static final Set<String> AUTO_ACTIVATED = Set.of("sms", "call", "email", "token:hotp");
  private static final Set<String> PASS_CODE_TYPES = Set.of("sms", "call", "email", "token:software:totp",
      "token:hotp");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");

  private final TenantState s;
  private final TenantChanges changes;

  UserFactors(TenantState state, TenantChanges changes) {
    this.s = state;
    this.changes = changes;
  }

  /**
   * The factor types and providers the catalog offers.
   *
   * @param state the tenant
   * @return type and provider pairs
   */
  public static List<String[]> catalog(TenantState state) {
    List<String[]> out = new ArrayList<>();
    for (String[] f : CATALOG) {
      Set<String> allowed = state.enrollableFactorTypes();
      if (allowed == null || allowed.contains(f[0])) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Finds a user's factor.
   *
   * @param u the user
   * @param id the factor's id
   * @return the factor, or {@code null}
   */
  public @Nullable FactorRec find(UserRec u, String id) {
    for (FactorRec f : s.factors(u.idx)) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Enrols a factor.
   *
   * @param actor who enrols it
   * @param u the user
   * @param factorType the factor type
   * @param provider the provider
   * @param profile the profile sent
   * @param activate whether to activate it at once (where Okta supports that)
   * @return the factor
   */
  public FactorRec enroll(Actor actor, UserRec u, String factorType, String provider, Map<String, Object> profile,
      boolean activate) {
    if (u.status == UserStatus.DEPROVISIONED) {
      throw OktaError.validation("User " + u.id + " is deactivated (DEPROVISIONED); no factor can be enrolled.");
    }
    boolean offered = catalog(s).stream().anyMatch(f -> f[0].equals(factorType) && f[1].equals(provider));
    if (!offered) {
      throw new OktaError(400, "E0000001", "Api validation failed: factorType", List.of("factorType: "
          + Quoted.quote(factorType) + " from provider " + Quoted.quote(provider)
          + " is not in this org's factor catalog (GET /api/v1/users/{id}/factors/catalog)."));
    }
    for (FactorRec f : s.factors(u.idx)) {
      if (f.factorType().equals(factorType) && f.provider().equals(provider)) {
        throw new OktaError(400, "E0000001", "Api validation failed: factorEnrollRequest",
            List.of("A factor of type " + factorType + " is already set up for this user."));
      }
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    switch (factorType) {
      case "sms", "call" -> {
        Object phone = profile.get("phoneNumber");
        if (!(phone instanceof String p) || !E164.matcher(p).matches()) {
          throw new OktaError(400, "E0000001", "Api validation failed: profile.phoneNumber",
              List.of("profile.phoneNumber: a phone number in E.164 form, such as +15554151337, is required."));
        }
        kept.put("phoneNumber", phone);
      }
      case "email" -> {
        Object email = profile.getOrDefault("email", u.email);
        kept.put("email", email);
      }
      case "question" -> {
        Object question = profile.get("question");
        Object answer = profile.get("answer");
        if (!(question instanceof String q) || q.isBlank() || !(answer instanceof String a) || a.length() < 4) {
          throw new OktaError(400, "E0000001", "Api validation failed: profile",
              List.of("profile: a question and an answer of at least 4 characters are required."));
        }
        kept.put("question", question);
        kept.put("questionText", question);
      }
      case "token:software:totp" -> kept.put("credentialId", u.login);
      default -> { }
    }
    String status = "question".equals(factorType) || (activate && AUTO_ACTIVATED.contains(factorType))
        ? "ACTIVE" : "PENDING_ACTIVATION";
    FactorRec f = new FactorRec(s.newId(prefix(factorType)), u.idx, factorType, provider, status, s.now(), Map.copyOf(kept));
    List<FactorRec> list = new ArrayList<>(s.factors(u.idx));
    list.add(f);
    s.putFactors(u.idx, list);
    if ("ACTIVE".equals(status)) {
      logActivated(actor, u, f);
    }
    return f;
  }

  /**
   * Activates a pending factor with the pass code.
   *
   * @param actor who activates it
   * @param u the user
   * @param f the factor
   * @param passCode the pass code sent, or {@code null}
   * @return the activated factor
   */
  public FactorRec activate(Actor actor, UserRec u, FactorRec f, @Nullable String passCode) {
    if (!"PENDING_ACTIVATION".equals(f.status())) {
      throw OktaError.validation("Factor " + f.id() + " is " + f.status() + "; only a factor in PENDING_ACTIVATION"
          + " can be activated.");
    }
    if (!PASS_CODE_TYPES.contains(f.factorType())) {
      throw OktaError.validation("A " + f.factorType() + " factor is activated on the user's device, which this "
          + "tenant does not have.");
    }
    if (!PASS_CODE.equals(passCode)) {
      throw new OktaError(403, "E0000068", "Invalid Passcode/Answer",
          List.of("Your code doesn't match our records. Please try again."));
    }
    FactorRec active = new FactorRec(f.id(), f.user(), f.factorType(), f.provider(), "ACTIVE", f.created(),
        f.profile());
    replace(u, f, active);
    logActivated(actor, u, active);
    return active;
  }

  /**
   * Removes a factor.
   *
   * @param actor who removes it
   * @param u the user
   * @param f the factor
   */
  public void delete(Actor actor, UserRec u, FactorRec f) {
    replace(u, f, null);
    changes.log(actor, "user.mfa.factor.deactivate", "Reset factor for user", TenantChanges.user(u),
        factorTarget(f));
  }

  /** The id prefix Okta gives a factor of the type (as in the spec's examples). */
  private static String prefix(String factorType) {
    return switch (factorType) {
      case "sms" -> "mbl";
      case "call" -> "clf";
      case "email" -> "emf";
      case "question" -> "ufs";
      case "token:software:totp" -> "ost";
      case "push" -> "opf";
      default -> "fwf";
    };
  }

  private void replace(UserRec u, FactorRec old, @Nullable FactorRec by) {
    List<FactorRec> list = new ArrayList<>(s.factors(u.idx));
    int at = list.indexOf(old);
    if (by == null) {
      list.remove(at);
    } else {
      list.set(at, by);
    }
    s.putFactors(u.idx, list);
  }

  private void logActivated(Actor actor, UserRec u, FactorRec f) {
    changes.log(actor, "user.mfa.factor.activate", "Activate factor for user", TenantChanges.user(u),
        factorTarget(f));
  }

  private static LogTargetRec factorTarget(FactorRec f) {
    return new LogTargetRec(f.id(), "Factor", f.factorType(), f.factorType());
  }
}
