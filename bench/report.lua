-- wrk report: requests, errors, non-2xx answers and latency percentiles, as JSON.
local non_2xx = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non_2xx") or 0)
  end
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "errors": %d, "non_2xx": %d, ' ..
    '"p50": %d, "p95": %d, "p99": %d}\n',
    summary.requests, summary.duration / 1e6, failed, bad,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
