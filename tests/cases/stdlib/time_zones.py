# time: local time in a named zone set through TZ and tzset(): offsets, DST, %Z/%z, mktime.
import os
import time

for zone in ['America/New_York', 'Australia/Sydney', 'UTC', 'EST+05EDT,M3.2.0,M11.1.0']:
    os.environ['TZ'] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for stamp in (1_700_000_000, 1_690_000_000):
        t = time.localtime(stamp)
        print(' ', t, t.tm_zone, t.tm_gmtoff)
        print(' ', time.mktime(t), time.strftime('%Z %z %c', t), time.ctime(stamp))
    print(' ', time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2023, 1, 1, 12, 0, 0, 0, 0, 0)))
