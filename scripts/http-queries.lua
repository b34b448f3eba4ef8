-- wrk script for make bench: requests from a query file (one /api/quotes path a line, most popular first, written by
-- `QuoteSearch.Benchmarks queries`), drawn by a Zipf law: the request of rank k is asked with weight 1/k.
-- Usage: wrk ... -s scripts/http-queries.lua http://127.0.0.1:PORT -- /path/to/queries.txt
local paths, cumulative, total = {}, {}, 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the query file " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
      total = total + 1 / #paths
      cumulative[#paths] = total
    end
  end
  file:close()
  assert(#paths > 0, "the query file " .. args[1] .. " holds no request")
  math.randomseed(seed or 1)
end

request = function()
  local r = math.random() * total
  local lo, hi = 1, #paths
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < r then lo = mid + 1 else hi = mid end
  end
  return wrk.format("GET", paths[lo])
end
