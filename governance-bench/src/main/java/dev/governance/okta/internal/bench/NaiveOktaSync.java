package dev.governance.okta.internal.bench;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.RoleAssignmentAUserApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserFactorApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.common.PagedList;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.ListGroupAssignedRoles200ResponseInner;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserFactor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The code a Java developer writes first to read an Okta org's access with okta-sdk-java 24.0.0:
 * one thread, the SDK's default page sizes and retries, the typed list methods and the {@link
 * PagedList#getAfter()} loop of the v24 documentation.
 *
 * <p>It lists users without a {@code search} (so, like most such code, it does not see
 * deprovisioned users), then groups with each group's members and apps, then apps with each
 * app's users, group assignments and consent grants, then each user's admin roles and factors.
 * Everything is kept in memory as the SDK's model objects, as such code keeps it.
 *
 * <p>The only settings changed from the SDK's defaults are those a test against a local fake
 * tenant needs: the https check is off (the system property {@code
 * okta.testing.disableHttpsCheck}, set before the client is built) and the cache is disabled, so
 * that every read reaches the tenant.
 */
public final class NaiveOktaSync {

  private final ApiClient client;

  /** What the baseline read. */
  public static final class Inventory {
    /** Users, deprovisioned ones excepted. */
    public final List<User> users = new ArrayList<>();
    /** Groups. */
    public final List<Group> groups = new ArrayList<>();
    /** Members per group id. */
    public final Map<String, List<User>> groupMembers = new HashMap<>();
    /** Apps assigned per group id. */
    public final Map<String, List<Application>> groupApps = new HashMap<>();
    /** Applications. */
    public final List<Application> apps = new ArrayList<>();
    /** Users per app id. */
    public final Map<String, List<AppUser>> appUsers = new HashMap<>();
    /** Group assignments per app id. */
    public final Map<String, List<ApplicationGroupAssignment>> appGroups = new HashMap<>();
    /** Consent grants per app id. */
    public final Map<String, List<OAuth2ScopeConsentGrant>> appGrants = new HashMap<>();
    /** Admin role assignments per user id. */
    public final Map<String, List<ListGroupAssignedRoles200ResponseInner>> userRoles = new HashMap<>();
    /** Factors per user id. */
    public final Map<String, List<UserFactor>> userFactors = new HashMap<>();

    /** Creates an empty inventory. */
    public Inventory() {}

    /**
     * Counts the objects read.
     *
     * @return users, groups, apps and every listed row
     */
    public long objects() {
      long n = users.size() + groups.size() + apps.size();
      for (Map<String, ? extends List<?>> m :
          List.of(groupMembers, groupApps, appUsers, appGroups, appGrants, userRoles, userFactors)) {
        for (List<?> rows : m.values()) {
          n += rows.size();
        }
      }
      return n;
    }
  }

  private NaiveOktaSync(ApiClient client) {
    this.client = client;
  }

  /**
   * Builds an SDK client for an org with an API token.
   *
   * @param orgUrl the org URL, e.g. {@code http://127.0.0.1:8080}
   * @param apiToken the API token
   * @return the baseline
   */
  public static NaiveOktaSync connect(String orgUrl, String apiToken) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    ApiClient client = Clients.builder()
        .setOrgUrl(orgUrl.endsWith("/") ? orgUrl.substring(0, orgUrl.length() - 1) : orgUrl)
        .setAuthorizationMode(AuthorizationMode.SSWS)
        .setClientCredentials(new TokenClientCredentials(apiToken))
        .setCacheManager(Caches.newDisabledCacheManager())
        .build();
    return new NaiveOktaSync(client);
  }

  /**
   * Reads everything.
   *
   * @return what was read
   */
  public Inventory readAll() {
    Inventory inv = new Inventory();
    UserApi userApi = new UserApi(client);
    GroupApi groupApi = new GroupApi(client);
    ApplicationApi appApi = new ApplicationApi(client);
    ApplicationUsersApi appUsersApi = new ApplicationUsersApi(client);
    ApplicationGroupsApi appGroupsApi = new ApplicationGroupsApi(client);
    ApplicationGrantsApi grantsApi = new ApplicationGrantsApi(client);
    RoleAssignmentAUserApi rolesApi = new RoleAssignmentAUserApi(client);
    UserFactorApi factorApi = new UserFactorApi(client);

    String after = null;
    do {
      List<User> page = userApi.listUsers(null, null, after, null, null, null, null, null);
      addAll(inv.users, page);
      after = next(page);
    } while (after != null);

    after = null;
    do {
      List<Group> page = groupApi.listGroups(null, null, after, null, null, null, null, null);
      addAll(inv.groups, page);
      after = next(page);
    } while (after != null);

    for (Group g : inv.groups) {
      List<User> members = new ArrayList<>();
      after = null;
      do {
        List<User> page = groupApi.listGroupUsers(g.getId(), after, null);
        addAll(members, page);
        after = next(page);
      } while (after != null);
      inv.groupMembers.put(g.getId(), members);

      List<Application> apps = new ArrayList<>();
      after = null;
      do {
        List<Application> page = groupApi.listAssignedApplicationsForGroup(g.getId(), after, null);
        addAll(apps, page);
        after = next(page);
      } while (after != null);
      inv.groupApps.put(g.getId(), apps);
    }

    after = null;
    do {
      List<Application> page = appApi.listApplications(null, after, null, null, null, null, null);
      addAll(inv.apps, page);
      after = next(page);
    } while (after != null);

    for (Application a : inv.apps) {
      List<AppUser> users = new ArrayList<>();
      after = null;
      do {
        List<AppUser> page = appUsersApi.listApplicationUsers(a.getId(), after, null, null, null);
        addAll(users, page);
        after = next(page);
      } while (after != null);
      inv.appUsers.put(a.getId(), users);

      List<ApplicationGroupAssignment> groups = new ArrayList<>();
      after = null;
      do {
        List<ApplicationGroupAssignment> page =
            appGroupsApi.listApplicationGroupAssignments(a.getId(), null, after, null, null);
        addAll(groups, page);
        after = next(page);
      } while (after != null);
      inv.appGroups.put(a.getId(), groups);

      List<OAuth2ScopeConsentGrant> grants = new ArrayList<>();
      addAll(grants, grantsApi.listScopeConsentGrants(a.getId(), null));
      inv.appGrants.put(a.getId(), grants);
    }

    for (User u : inv.users) {
      List<ListGroupAssignedRoles200ResponseInner> roles = new ArrayList<>();
      addAll(roles, rolesApi.listAssignedRolesForUser(u.getId(), null));
      inv.userRoles.put(u.getId(), roles);
      List<UserFactor> factors = new ArrayList<>();
      addAll(factors, factorApi.listFactors(u.getId()));
      inv.userFactors.put(u.getId(), factors);
    }
    return inv;
  }

  private static <T> void addAll(List<T> into, @Nullable List<T> page) {
    if (page != null) {
      into.addAll(page);
    }
  }

  private static @Nullable String next(List<?> page) {
    return page instanceof PagedList<?> paged ? paged.getAfter() : null;
  }
}
