package com.topcoins.chaos.attack;

import com.topcoins.chaos.report.Table;
import java.util.List;

/**
 * What an attack counted. {@code requests} and {@code serverErrors} (answers of status 500 and above) feed
 * the targets; attacks that send no complete requests of their own leave them at 0.
 *
 * @param details extra tables with their titles (the malformed flood's per-input table)
 */
public record AttackReport(List<Counter> counters, List<Titled> details, long requests, long serverErrors) {

    public record Titled(String title, Table table) {}
}
