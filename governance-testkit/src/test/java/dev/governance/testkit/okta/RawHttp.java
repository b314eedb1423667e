package dev.governance.testkit.okta;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A raw HTTP/1.1 exchange over a socket, so header names are seen exactly as sent. */
final class RawHttp {
  private RawHttp() {}

  record Response(int status, List<String[]> headers, String body) {
    List<String> all(String exactName) {
      List<String> out = new ArrayList<>();
      for (String[] h : headers) {
        if (h[0].equals(exactName)) {
          out.add(h[1]);
        }
      }
      return out;
    }

    String first(String anyCaseName) {
      for (String[] h : headers) {
        if (h[0].equalsIgnoreCase(anyCaseName)) {
          return h[1];
        }
      }
      return null;
    }

    Map<String, String> names() {
      Map<String, String> m = new LinkedHashMap<>();
      headers.forEach(h -> m.put(h[0], h[1]));
      return m;
    }
  }

  static Response send(String orgUrl, String method, String pathAndQuery, String authorization,
      String body) throws IOException {
    URI uri = URI.create(orgUrl);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder();
      req.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
      req.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
      if (authorization != null) {
        req.append("Authorization: ").append(authorization).append("\r\n");
      }
      if (body != null) {
        req.append("Content-Type: application/x-www-form-urlencoded\r\n");
      }
      req.append("Content-Length: ").append(payload.length).append("\r\n");
      req.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, split).split("\r\n");
      List<String[]> headers = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.add(new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()});
      }
      return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
          text.substring(split + 4));
    }
  }
}
