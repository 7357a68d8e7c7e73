/**
 * Prometheus metrics in the text exposition format, without a client library: request counts by
 * route and status, a latency histogram, and process gauges. Kept per process; Prometheus sums
 * across processes.
 */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly histogram = new Map<string, { buckets: number[]; sum: number; count: number }>();
  private readonly started = Date.now();

  observe(route: string, status: number, seconds: number): void {
    const key = `route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.histogram.get(route);
    if (!h) this.histogram.set(route, (h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.buckets[i] = (h.buckets[i] ?? 0) + 1;
    });
    h.sum += seconds;
    h.count++;
  }

  render(): string {
    const out: string[] = [];
    out.push(
      "# HELP tahub_http_requests_total HTTP requests by route and status.",
      "# TYPE tahub_http_requests_total counter",
    );
    for (const [k, v] of this.requests) out.push(`tahub_http_requests_total{${k}} ${v}`);
    out.push(
      "# HELP tahub_http_request_duration_seconds HTTP request latency.",
      "# TYPE tahub_http_request_duration_seconds histogram",
    );
    for (const [route, h] of this.histogram) {
      BUCKETS.forEach((b, i) =>
        out.push(
          `tahub_http_request_duration_seconds_bucket{route="${route}",le="${b}"} ${h.buckets[i]}`,
        ),
      );
      out.push(`tahub_http_request_duration_seconds_bucket{route="${route}",le="+Inf"} ${h.count}`);
      out.push(`tahub_http_request_duration_seconds_sum{route="${route}"} ${h.sum}`);
      out.push(`tahub_http_request_duration_seconds_count{route="${route}"} ${h.count}`);
    }
    const mem = process.memoryUsage();
    out.push(
      "# TYPE process_resident_memory_bytes gauge",
      `process_resident_memory_bytes ${mem.rss}`,
    );
    out.push("# TYPE nodejs_heap_used_bytes gauge", `nodejs_heap_used_bytes ${mem.heapUsed}`);
    out.push(
      "# TYPE process_uptime_seconds gauge",
      `process_uptime_seconds ${(Date.now() - this.started) / 1000}`,
    );
    return out.join("\n") + "\n";
  }
}
