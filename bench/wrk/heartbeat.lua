-- wrk script for bench/bench_heartbeat.py: learning heartbeats from distinct member sessions.
-- args: <threads> <sessions file> <bare|app> <run index> <t0 epoch seconds>
-- The sessions file (written by bench_heartbeat.py) has one line per member session:
--   access token \t session id \t lesson id
-- Thread k of n plays sessions k, k+n, ...; each beat carries the session's next seq (run index × 10^6 + count,
-- so seq rises across the separate wrk runs of one bench) and the position in whole seconds since t0.
local common = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "common.lua")

setup = common.setup
codes = {}
local sessions, pos, path, base, t0 = {}, 0, "/api/v1/learning/heartbeats", 0, 0

function init(args)
  local n, file = tonumber(args[1]), args[2]
  if args[3] == "bare" then path = "/bare" end
  base = tonumber(args[4]) * 1000000
  t0 = tonumber(args[5])
  local i = 0
  for line in io.lines(file) do
    if i % n == tid then
      local token, sid, lesson = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
      sessions[#sessions + 1] = {token = "Bearer " .. token, sid = sid, lesson = lesson, seq = base}
    end
    i = i + 1
  end
end

function request()
  pos = pos % #sessions + 1
  local s = sessions[pos]
  s.seq = s.seq + 1
  local body = string.format(
    '{"lesson_id":%s,"session_id":"%s","position_s":%d,"playing":true,"visible":true,"seq":%d}',
    s.lesson, s.sid, os.time() - t0, s.seq)
  return wrk.format("POST", path, {["Host"] = "bench", ["Authorization"] = s.token,
    ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  common.count(codes, status)
end

function done(summary, latency, requests)
  common.done(summary, latency)
end
