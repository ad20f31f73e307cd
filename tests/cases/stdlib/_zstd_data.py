"""Deterministic data shared by the zstd cases and by zstd_fixtures/make_fixtures.sh."""


def sample_text():
    """About 60 KB of varied, compressible text."""
    words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
             'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi']
    lines = []
    x = 12345
    for i in range(2000):
        x = (x * 1103515245 + 12345) % 2**31
        n = 3 + x % 7
        picked = [words[(x >> (3 * k)) % len(words)] for k in range(n)]
        lines.append(f'{i:05d} {" ".join(picked)} {x:#x}\n')
    return ''.join(lines).encode()


def samples():
    """Small records for dictionary training."""
    return [(f'{{"id": {i}, "user": "user{i * 7 % 101}", "score": {i * 13 % 97}, '
             f'"tags": ["t{i % 5}", "t{i % 3}"]}}').encode() for i in range(400)]
