"""Base16, Base32, Base64 (RFC 4648), Ascii85, Base85 and Z85 encodings.

Base64 and Base16 go through the native `binascii`; the other alphabets are encoded here with
integer arithmetic on 40-bit (Base32) or 32-bit (the 85s) groups."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """The bytes of a decoder's argument: a bytes-like object or an ASCII str."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None
    return view.tobytes()


def _encode_input(s):
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


# --- Base64 -----------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    """
    data = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = data.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(_decode_input(s).translate(_urlsafe_decode))


# --- Base32 -----------------------------------------------------------------

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32values = {}

# Characters of output kept for each input length modulo 5 (the rest is padding).
_b32_kept = {0: 8, 1: 2, 2: 4, 3: 5, 4: 7}
# Bytes of output for each count of '=' in the final group.
_b32_bytes_for_pad = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        n = len(group)
        value = int.from_bytes(bytes(group) + b'\0' * (5 - n))
        chars = bytes(alphabet[(value >> shift) & 31] for shift in range(35, -1, -5))
        kept = _b32_kept[n % 5]
        out += chars[:kept] + b'=' * (8 - kept)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32values.get(alphabet)
    if values is None:
        values = {c: i for i, c in enumerate(alphabet)}
        _b32values[alphabet] = values
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        data = data.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        data = data.upper()
    stripped = data.rstrip(b'=')
    pads = len(data) - len(stripped)
    out = bytearray()
    value = 0
    for start in range(0, len(stripped), 8):
        value = 0
        for c in stripped[start:start + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | v
        out += value.to_bytes(5)
    if pads not in _b32_bytes_for_pad:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        last = (value << (5 * pads)).to_bytes(5)
        out[-5:] = last[:_b32_bytes_for_pad[pads]]
    return bytes(out)


_B32_ENCODE_DOC = '''
Encode the bytes-like objects using {encoding} and return a bytes object.
'''
_B32_DECODE_DOC = '''
Decode the {encoding} encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.
{extra_args}
The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
'''
_B32_MAP01_DOC = '''
RFC 3548 allows for optional mapping of the digit 0 (zero) to the
letter O (oh), and for optional mapping of the digit 1 (one) to
either the letter I (eye) or letter L (el).  The optional argument
map01 when not None, specifies which letter the digit 1 should be
mapped to (when map01 is not None, the digit 0 is always mapped to
the letter O).  For security purposes the default is None, so that
0 and 1 are not allowed in the input.
'''


def b32encode(s):
    return _b32encode(_b32alphabet, s)
b32encode.__doc__ = _B32_ENCODE_DOC.format(encoding='base32')


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)
b32decode.__doc__ = _B32_DECODE_DOC.format(encoding='base32', extra_args=_B32_MAP01_DOC)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)
b32hexencode.__doc__ = _B32_ENCODE_DOC.format(encoding='base32hex')


def b32hexdecode(s, casefold=False):
    # base32hex has no 0/1 confusion to map.
    return _b32decode(_b32hexalphabet, s, casefold)
b32hexdecode.__doc__ = _B32_DECODE_DOC.format(encoding='base32hex', extra_args='')


# --- Base16 -----------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    # RFC 4648 Base16 is upper case only: lower-case digits are rejected here.
    if data.translate(None, delete=b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# --- Ascii85 / Base85 / Z85 ---------------------------------------------------

_A85START = b"<~"
_A85END = b"~>"
_a85alphabet = bytes(range(33, 118))
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_z85alphabet = (b'0123456789abcdefghijklmnopqrstuvwxyz'
                b'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')


def _85encode(data, alphabet, pad=False, fold_zeros=False, fold_spaces=False):
    """Encodes 4-byte big-endian words as 5 base-85 digits; a short final word is padded
    with zeros and, unless *pad*, the digits standing for the padding are dropped."""
    data = _encode_input(data)
    padding = -len(data) % 4
    if padding:
        data = bytes(data) + b'\0' * padding
    out = bytearray()
    last = len(data) - 4
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4])
        final_short = padding and not pad and start == last
        if fold_zeros and word == 0 and not final_short:
            out += b'z'
        elif fold_spaces and word == 0x20202020 and not final_short:
            out += b'y'
        else:
            digits = bytearray(5)
            for i in range(4, -1, -1):
                word, digits[i] = divmod(word, 85)
            out += bytes(alphabet[d] for d in digits)
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the standard encoding used in PDF.

    If wrapcol is non-zero, insert a newline (b'\\n') character after at most
    wrapcol characters.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~
    and ~>, as in a PostScript base-85 string literal.  Note that
    while ASCII85Decode streams in PDF documents must be terminated
    with ~>, they must not use a leading <~.

    """
    out = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        out = _A85START + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)] or [b'']
        # The closing ~> must fit on the last line.
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += _A85END
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    data = _decode_input(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end "
                             "with {!r}".format(_A85END))
        data = data[2:-2] if data.startswith(_A85START) else data[:-2]
    out = bytearray()
    group = []
    # Four 'u's (the highest digit) flush a final partial group; what they add is cut off.
    for c in bytes(data) + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                value = 0
                for d in group:
                    value = value * 85 + d
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += value.to_bytes(4)
                group.clear()
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    extra = 4 - len(group)
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


_b85values = None


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of 4
    bytes before encoding.
    """
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    global _b85values
    if _b85values is None:
        table = [None] * 256
        for i, c in enumerate(_b85alphabet):
            table[c] = i
        _b85values = table
    data = _decode_input(b)
    padding = -len(data) % 5
    data = bytes(data) + b'~' * padding
    out = bytearray()
    for start in range(0, len(data), 5):
        value = 0
        for offset, c in enumerate(data[start:start + 5]):
            d = _b85values[c]
            if d is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + d
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


_z85_to_b85 = bytes.maketrans(_z85alphabet + b';_`|~', _b85alphabet + b'\0' * 5)
_b85_to_z85 = bytes.maketrans(_b85alphabet, _z85alphabet)


def z85encode(s):
    """Encode bytes-like object b in z85 format and return a bytes object."""
    return b85encode(s).translate(_b85_to_z85)


def z85decode(s):
    """Decode the z85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    # Characters valid in Base85 but not in Z85 map to NUL, which Base85 rejects.
    data = _decode_input(s).translate(_z85_to_b85)
    try:
        return b85decode(data)
    except ValueError as e:
        raise ValueError(e.args[0].replace('base85', 'z85')) from None


# --- The legacy line-oriented interface ----------------------------------------

MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        # Fill a whole line's worth even when read() returns less.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def main():
    """Small main program"""
    import sys, getopt
    usage = f"""usage: {sys.argv[0]} [-h|-d|-e|-u] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)"""
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeu')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o in ('-d', '-u'):
            func = decode
        elif o == '-e':
            func = encode
        elif o == '-h':
            print(usage)
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
