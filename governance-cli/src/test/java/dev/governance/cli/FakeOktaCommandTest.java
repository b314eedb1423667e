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

class FakeOktaCommandTest {

  @Test
  void printsUrlTokenAndCountsFirstThenServes() throws Exception {
    FakeOktaCommand command = new FakeOktaCommand();
    CommandLine cli = new CommandLine(command);
    PipedReader pipe = new PipedReader(1 << 16);
    cli.setOut(new PrintWriter(new PipedWriter(pipe), true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
        cli.execute("--shape", "demo", "--seed", "2", "--no-rate-limits"));
    BufferedReader out = new BufferedReader(pipe);
    String url = out.readLine();
    String token = out.readLine();
    String counts = out.readLine();
    assertThat(url).matches("ORG_URL=http://127\\.0\\.0\\.1:\\d+");
    assertThat(token).startsWith("API_TOKEN=");
    assertThat(counts).matches("TENANT users=50 groups=12 apps=10 memberships=\\d+ "
        + "appAssignments=\\d+ grants=\\d+ apiTokens=\\d+ admins=\\d+");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url.substring(8) + "/api/v1/groups")).header("Authorization",
        "SSWS " + token.substring(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    HttpResponse<String> journal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url.substring(8) + "/__admin/journal")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(journal.body()).contains("\"GROUPS\":1");
    command.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void badFixtureFileIsAUsageErrorThatNamesTheProblem(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bad.json");
    java.nio.file.Files.writeString(file, "{\"people\": []}");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new FakeOktaCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--shape", "empty", "--fixture", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown section 'people'");
  }

  @Test
  void unknownShapeIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new FakeOktaCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--shape", "huge")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown tenant shape 'huge'");
  }
}
