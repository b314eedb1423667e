package dev.governance.okta.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.client.ApiException;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.ConflictException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an Okta error answer into the SDK's exception, by HTTP status and Okta {@code errorCode},
 * keeping the SDK's exception as the cause. Messages name the org, never a credential.
 */
final class OktaErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SCOPE = Pattern.compile("scope=\"([^\"]*)\"");

  private final String org;

  OktaErrors(String org) {
    this.org = org;
  }

  GovernanceException translate(ApiException e, String method, String path) {
    OktaError error = OktaError.parse(e.getResponseBody());
    String what = method + " " + path;
    String okta = error.summary().isEmpty() ? "" : " Okta said: " + sentence(error.summary()) + error.causes();
    return switch (e.getCode()) {
      case 401 -> new AuthenticationFailedException(
          org,
          AuthenticationFailedException.Reason.UNSPECIFIED,
          org + " refused the credentials (" + error.codeOr("401") + ") on " + what
              + ": the token is unknown to this org, revoked, expired after 30 days unused, or its"
              + " owner was deactivated. Check that the token belongs to " + org
              + " and create a new one if needed." + okta,
          e);
      case 403 -> forbidden(e, error, what, okta);
      case 404 -> new NotFoundException(kindOf(path), idOf(path),
          org + " has no " + kindOf(path) + " at " + path + okta, e);
      case 400 -> "E0000001".equals(error.code())
          ? new ConflictException(org + " refused " + what + " in the current state." + okta, e)
          : new ConnectorFailureException(org + " rejected " + what + " as invalid (" + error.codeOr("400")
              + ")." + okta, false, e);
      case 409 -> new ConflictException(org + " refused " + what + ": conflict." + okta, e);
      case 0 -> noAnswer(e, what);
      default -> new ConnectorFailureException(
          org + " failed on " + what + " with HTTP " + e.getCode() + "." + okta
              + (e.getCode() >= 500 ? " This is usually passing; try again later." : ""),
          e.getCode() >= 500, e);
    };
  }

  /**
   * Says in words what went wrong when Okta gave no usable answer: okta-sdk-java reports a body it
   * could not read, and a connection that failed, as HTTP status 0. The raw detail stays in the
   * cause.
   */
  private ConnectorFailureException noAnswer(ApiException e, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
        String where = json.getLocation() == null ? ""
            : " (unreadable at line " + json.getLocation().getLineNr() + ", column "
                + json.getLocation().getColumnNr() + ")";
        return new ConnectorFailureException(org + " answered " + what + " with a body that is not the"
            + " JSON Okta sends" + where + ": the answer was cut short or garbled on the way. Retrying"
            + " usually helps; if it keeps happening, check for a proxy between this host and Okta.",
            true, e);
      }
      if (t instanceof java.net.SocketTimeoutException) {
        return new ConnectorFailureException(org + " did not answer " + what + " in time. Retrying usually"
            + " helps; raise the read timeout (OktaConnectorOptions.readTimeout) if it keeps happening.",
            true, e);
      }
      if (t instanceof java.net.UnknownHostException) {
        return new ConnectorFailureException("The host of " + org + " could not be resolved for " + what
            + ": check the org's domain and this host's DNS.", false, e);
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return new ConnectorFailureException("The TLS handshake with " + org + " failed on " + what
            + ": check for a proxy that intercepts TLS, or this Java's trusted certificates.", false, e);
      }
      if (t instanceof org.apache.hc.core5.http.ConnectionClosedException
          || t instanceof org.apache.hc.core5.http.MalformedChunkCodingException) {
        return new ConnectorFailureException(org + " answered " + what + ", but the connection closed before"
            + " the whole answer arrived. Retrying usually helps.", true, e);
      }
      if (t instanceof java.net.SocketException || t instanceof org.apache.hc.core5.http.NoHttpResponseException) {
        return new ConnectorFailureException("The connection to " + org + " was reset or dropped during "
            + what + " before Okta answered. Retrying usually helps.", true, e);
      }
      if (t instanceof java.io.IOException) {
        return new ConnectorFailureException("The connection to " + org + " failed during " + what
            + " before Okta answered. Retrying usually helps.", true, e);
      }
    }
    return new ConnectorFailureException(org + " gave no usable answer to " + what + ".", true, e);
  }

  private GovernanceException forbidden(ApiException e, OktaError error, String what, String okta) {
    if ("E0000046".equals(error.code())) {
      return new ConflictException(
          org + " refused " + what + ": the user also gets this application through a group;"
              + " remove the group membership (or the group's assignment) instead." + okta, e);
    }
    Set<String> scopes = new LinkedHashSet<>();
    String authenticate = header(e.getResponseHeaders(), "www-authenticate");
    if (authenticate != null && authenticate.contains("insufficient_scope")) {
      Matcher m = SCOPE.matcher(authenticate);
      if (m.find()) {
        for (String s : m.group(1).split("[\\s,]+")) {
          if (!s.isBlank()) {
            scopes.add(s);
          }
        }
      }
    }
    String message = scopes.isEmpty()
        ? org + " refused " + what + " (" + error.codeOr("403") + "): the token's owner or the service"
            + " app lacks an admin role that allows it." + okta
        : org + " refused " + what + ": the access token lacks the scope " + String.join(", ", scopes)
            + "; grant it to the service app and ask for it." + okta;
    return new InsufficientPermissionException(message, scopes, Set.of(), e);
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  private static @Nullable String header(@Nullable Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      if (name.equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty()) {
        return h.getValue().get(0);
      }
    }
    return null;
  }

  private static String kindOf(String path) {
    String[] parts = path.split("/");
    return parts.length > 3 ? parts[3].replaceAll("s$", "") : "resource";
  }

  private static String idOf(String path) {
    String[] parts = path.split("/");
    return parts.length > 4 ? parts[4] : path;
  }

  /** Okta's error object, as far as it could be read. */
  private record OktaError(String code, String summary, List<String> causeList) {

    static OktaError parse(String body) {
      if (body == null || body.isBlank()) {
        return new OktaError("", "", List.of());
      }
      try {
        JsonNode n = JSON.readTree(body);
        List<String> causes = new java.util.ArrayList<>();
        n.path("errorCauses").forEach(c -> causes.add(c.path("errorSummary").asText()));
        return new OktaError(n.path("errorCode").asText(""), n.path("errorSummary").asText(""), causes);
      } catch (Exception ex) {
        return new OktaError("", "", List.of());
      }
    }

    String codeOr(String fallback) {
      return code.isEmpty() ? fallback : code;
    }

    String causes() {
      return causeList.isEmpty() ? "" : " " + String.join("; ", causeList);
    }
  }
}
