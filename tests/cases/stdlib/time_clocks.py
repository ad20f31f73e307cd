# time: clocks are monotonic where promised, the ns variants are ints, sleep waits.
import time

a, b = time.monotonic(), time.monotonic()
print(b >= a, type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()), type(time.process_time()))
start = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - start >= 0.019, time.sleep(0))
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.thread_time() >= 0)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.CLOCK_MONOTONIC, time.CLOCK_REALTIME, type(time.clock_gettime(time.CLOCK_MONOTONIC)))
print(time.mktime(time.localtime(1_000_000)), type(time.timezone), type(time.tzname))
