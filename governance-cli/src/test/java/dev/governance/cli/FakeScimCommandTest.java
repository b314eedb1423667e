package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FakeScimCommandTest {

  @Test
  void printsUrlTokensAndCountsFirstThenServes() throws Exception {
    FakeScimCommand command = new FakeScimCommand();
    CommandLine cli = new CommandLine(command);
    PipedReader pipe = new PipedReader(1 << 16);
    cli.setOut(new PrintWriter(new PipedWriter(pipe), true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
        cli.execute("--shape", "small", "--seed", "2", "--page-size-cap", "5"));
    BufferedReader out = new BufferedReader(pipe);
    String url = out.readLine();
    String token = out.readLine();
    String readOnly = out.readLine();
    String counts = out.readLine();
    assertThat(url).matches("SCIM_URL=http://127\\.0\\.0\\.1:\\d+/scim/v2");
    assertThat(token).startsWith("TOKEN=scim_");
    assertThat(readOnly).startsWith("READ_ONLY_TOKEN=scim_");
    assertThat(counts).isEqualTo("SERVER users=12 groups=4");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url.substring(9) + "/Users?count=50")).header("Authorization",
        "Bearer " + token.substring(6)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"itemsPerPage\":5").contains("\"totalResults\":12");
    HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url.substring(9) + "/Users")).header("Authorization",
        "Bearer " + readOnly.substring(16)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    command.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void unknownShapeIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new FakeScimCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--shape", "huge")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown SCIM shape 'huge'");
  }
}
