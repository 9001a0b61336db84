package io.fokus.bench;

import io.fokus.FokusApplication;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.internal.ExportService;
import io.fokus.surveys.internal.ResultsService;
import io.fokus.tenants.internal.TenantService;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the streaming CSV export: fills a survey with N responses (default one million, three answers each)
 * in a temporary embedded PostgreSQL, exports them all, and prints rows, bytes, time and the peak heap. Run it with
 * a small heap ({@code infra/bench/export-benchmark.sh}): an export that held its rows in memory would fail there.
 */
public final class ExportBenchmark {

  public static void main(String[] args) {
    int responses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SpringApplication app = new SpringApplication(FokusApplication.class);
    try (ConfigurableApplicationContext context = app.run("--server.port=0",
        "--fokus.embedded-db.ephemeral=true", "--fokus.security.issuer-uri=http://127.0.0.1/realms/bench",
        "--fokus.security.audience=fokus-api", "--logging.level.root=warn")) {
      Tenancy tenancy = context.getBean(Tenancy.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
      var tenant = context.getBean(TenantService.class).signup(new TenantService.Signup("Bench", "bench-"
          + UUID.randomUUID().toString().substring(0, 8), "Bench", "bench@bench.test", "en", "UTC", null));
      TenantId tenantId = new TenantId(tenant.id());
      UUID survey = UUID.randomUUID();

      long fillStart = System.nanoTime();
      tenancy.runAs(tenantId, () -> tx.executeWithoutResult(s -> {
        jdbc.update("""
            insert into surveys.survey (tenant_id, id, name, audience, touchpoint, status, draft, published_version,
              public_token)
            values (?, ?, 'Bench', 'CUSTOMER', 'bench', 'PUBLISHED', ?::jsonb, 1, 'bench-token')""",
            tenantId.value(), survey, DEFINITION);
        jdbc.update("insert into surveys.survey_version (tenant_id, survey_id, version, definition)"
            + " values (?, ?, 1, ?::jsonb)", tenantId.value(), survey, DEFINITION);
        jdbc.update("""
            insert into surveys.response (tenant_id, id, survey_id, version, submission_id, touchpoint, audience,
              language, attributes, submitted_at)
            select ?, gen_random_uuid(), ?, 1, gen_random_uuid(), 'bench', 'CUSTOMER', 'en',
              jsonb_build_object('segment', 'seg' || (g % 7)), now() - (g || ' seconds')::interval
            from generate_series(1, ?) g""", tenantId.value(), survey, responses);
        jdbc.update("""
            insert into surveys.answer (tenant_id, response_id, question_id, question_type, number_value, text_value)
            select r.tenant_id, r.id, q.id, q.type,
              case when q.type = 'NPS' then (abs(hashtext(r.id::text)) % 11) end,
              case when q.type = 'TEXT' then 'Comment, with "quotes" ' || left(r.id::text, 8) end
            from surveys.response r cross join (values ('nps', 'NPS'), ('reason', 'TEXT')) as q(id, type)
            where r.tenant_id = ? and r.survey_id = ?""", tenantId.value(), survey);
      }));
      double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

      ExportService export = context.getBean(ExportService.class);
      CountingStream out = new CountingStream();
      resetPeaks();
      long start = System.nanoTime();
      long rows = tenancy.runAs(tenantId, () -> export.export(survey,
          new ResultsService.Filter(null, null, ZoneId.of("UTC"), null, null, null, null, null), out));
      double seconds = (System.nanoTime() - start) / 1e9;

      System.out.printf("%nCSV export benchmark%n");
      System.out.printf("  responses filled      %,d in %.1f s%n", responses, fillSeconds);
      System.out.printf("  rows exported         %,d%n", rows);
      System.out.printf("  bytes written         %,d (%.1f MiB)%n", out.count, out.count / 1048576.0);
      System.out.printf("  export time           %.2f s (%,.0f rows/s)%n", seconds, rows / seconds);
      System.out.printf("  max heap              %d MiB%n", Runtime.getRuntime().maxMemory() / 1048576);
      System.out.printf("  peak heap during run  %d MiB%n", peakHeap() / 1048576);
      if (rows != responses) {
        throw new IllegalStateException("exported " + rows + " rows, expected " + responses);
      }
    }
  }

  static final String DEFINITION = """
      {"title": {"en": "Bench"}, "questions": [
        {"id": "nps", "type": "NPS", "text": {"en": "Recommend?"}, "required": true},
        {"id": "reason", "type": "TEXT", "text": {"en": "Why?"}, "required": false}]}""";

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private ExportBenchmark() {
  }
}
