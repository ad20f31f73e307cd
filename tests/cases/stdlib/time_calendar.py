# time: struct_time, gmtime, strftime/asctime, strptime and the argument checks (UTC only).
import time

t = time.gmtime(1_000_000_000)
print(t, len(t), t.tm_year, t.tm_yday, t.tm_gmtoff, t[0], t[-1], type(t).__mro__, type(t).__module__)
print(time.gmtime(0), time.gmtime(-1).tm_year, time.gmtime(1e9 + 0.75).tm_sec)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 0)).tm_zone)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %% %p', t))
print(time.asctime(t), time.asctime((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.asctime((2020, 1, 2, 3, 4, 5, 9, 7, 0)))
print(time.strptime('2024-03-05', '%Y-%m-%d'))
print(time.strptime('12:30 PM', '%I:%M %p'), time.strptime('Mon Jan  5 10:00:00 2015'))
print(time.strptime('5 March 2024', '%d %B %Y'), time.strptime('2024 366', '%Y %j'))
print(time.strptime('20240102', '%Y%m%d'), time.strptime('', ''), time.strptime('99', '%y'))
print(time.strptime('2024 10 1', '%Y %W %w'), time.strptime('1.5', '%S.%f'))
for expr in ["time.struct_time((1, 2))", "time.struct_time((1,) * 12)", "time.struct_time(5)",
             "time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))", "time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0))",
             "time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0))", "time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0))",
             "time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0))", "time.strftime('%Y', (1, 2))", "time.strftime(1)",
             "time.strptime('x', '%Y')", "time.strptime('2024x', '%Y')", "time.sleep(-1)", "time.sleep('a')",
             "time.gmtime('a')", "time.gmtime(float('nan'))", "time.gmtime(1e20)", "time.get_clock_info('x')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
