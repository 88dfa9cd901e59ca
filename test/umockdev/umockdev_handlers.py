"""usbdevfs and hidraw ioctl emulation for runner.py (x86_64/aarch64 struct layouts)."""
import errno
import json
import struct
import time

import gi
gi.require_version('UMockdev', '1.0')
from gi.repository import GLib, UMockdev  # noqa: E402


def _ioc(d, t, nr, size):
    return (d << 30) | (size << 16) | (ord(t) << 8) | nr


R, W, RW, NONE = 2, 1, 3, 0

# usbdevfs (linux/usbdevice_fs.h)
CONTROL = _ioc(RW, 'U', 0, 24)
BULK = _ioc(RW, 'U', 2, 24)
SETINTERFACE = _ioc(R, 'U', 4, 8)
SETCONFIGURATION = _ioc(R, 'U', 5, 4)
GETDRIVER = _ioc(W, 'U', 8, 260)
SUBMITURB = _ioc(R, 'U', 10, 56)
DISCARDURB = _ioc(NONE, 'U', 11, 0)
REAPURB = _ioc(W, 'U', 12, 8)
REAPURBNDELAY = _ioc(W, 'U', 13, 8)
CLAIMINTERFACE = _ioc(R, 'U', 15, 4)
RELEASEINTERFACE = _ioc(R, 'U', 16, 4)
CONNECTINFO = _ioc(W, 'U', 17, 8)
USBIOCTL = _ioc(RW, 'U', 18, 16)
RESET = _ioc(NONE, 'U', 20, 0)
CLEAR_HALT = _ioc(R, 'U', 21, 4)
GET_CAPABILITIES = _ioc(R, 'U', 26, 4)
DISCONNECT_CLAIM = _ioc(R, 'U', 27, 264)
DROP_PRIVILEGES = _ioc(W, 'U', 30, 4)
GET_SPEED = _ioc(NONE, 'U', 31, 0)

URB_ISO, URB_INTERRUPT, URB_CONTROL, URB_BULK = 0, 1, 2, 3
# ZERO_PACKET | NO_PACKET_SIZE_LIM | REAP_AFTER_DISCONNECT
CAPS = 0x01 | 0x04 | 0x10
SPEED_CODE = {'1.5': 1, '12': 2, '480': 3, '5000': 5, '10000': 6, '20000': 6}

# hidraw (linux/hidraw.h); the variable-length ones are matched on type+nr.
HID_GRDESCSIZE = _ioc(R, 'H', 1, 4)
HID_GRDESC = _ioc(R, 'H', 2, 4 + 4096)
HID_GRAWINFO = _ioc(R, 'H', 3, 8)
NR_GRAWNAME, NR_GRAWPHYS, NR_SFEATURE, NR_GFEATURE, NR_GRAWUNIQ = 4, 5, 6, 7, 8
NR_SINPUT, NR_GINPUT, NR_SOUTPUT, NR_GOUTPUT = 9, 10, 11, 12


def _unescape(v):
    """Inverse of the generator's attribute escaping (g_strcompress subset: octal, \\n, \\t, \\\\)."""
    out = bytearray()
    i = 0
    src = v.encode('latin-1', 'replace') if isinstance(v, str) else v
    while i < len(src):
        c = src[i]
        if c == 0x5c and i + 1 < len(src):
            n = src[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(src) and j < i + 4 and 0x30 <= src[j] <= 0x37:
                    j += 1
                out.append(int(src[i + 1:j], 8) & 0xff)
                i = j
                continue
            out.append({0x6e: 10, 0x74: 9, 0x72: 13}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def parse_blocks(text):
    """Minimal reader of the .umockdev format: what the handlers need per device."""
    blocks = []
    for chunk in text.split('\n\n'):
        b = {'props': {}, 'attrs': {}, 'links': {}}
        for line in chunk.splitlines():
            if len(line) < 3 or line[1] != ':':
                continue
            kind, rest = line[0], line[3:]
            if kind == 'P':
                b['syspath'] = '/sys' + rest
            elif kind == 'N':
                name, _, content = rest.partition('=')
                b['node'] = '/dev/' + name
                if content:
                    b['node_content'] = bytes.fromhex(content)
            elif kind == 'E':
                k, _, v = rest.partition('=')
                b['props'][k] = v
            elif kind == 'A':
                k, _, v = rest.partition('=')
                b['attrs'][k] = _unescape(v)
            elif kind == 'H':
                k, _, v = rest.partition('=')
                b['attrs'][k] = bytes.fromhex(v)
            elif kind == 'L':
                k, _, v = rest.partition('=')
                b['links'][k] = v
        if 'syspath' in b:
            b['subsystem'] = b['props'].get('SUBSYSTEM', '')
            b['devtype'] = b['props'].get('DEVTYPE')
            blocks.append(b)
    return blocks


class WriteLog:
    """JSON lines of every request that could change device state, for read-only assertions."""

    def __init__(self, path):
        self.f = open(path, 'a', encoding='utf-8') if path else None

    def log(self, **entry):
        if not self.f:
            return
        entry['t'] = round(time.time() * 1000)
        self.f.write(json.dumps(entry, sort_keys=True) + '\n')
        self.f.flush()

    def close(self):
        if self.f:
            self.f.close()


def _attr_text(block, name):
    v = block['attrs'].get(name)
    return None if v is None else v.rstrip(b'\n')


def _resolve(data, offset, length):
    return data.resolve(offset, length)


def _bytes(data):
    return bytes(data.retrieve())


def _complete_err(client, e):
    client.complete(-1, e)
    return True


class UsbHandler(UMockdev.IoctlBase):
    """One simulated usbfs device: standard requests from the descriptors, vendor ones from JSON."""

    def __init__(self, block, cfg, writes):
        super().__init__()
        self.block = block
        self.node = block['node']
        self.syspath = block['syspath']
        self.desc = block.get('node_content') or block['attrs'].get('descriptors') or b''
        self.cfg = cfg
        self.writes = writes
        self.reapable = []   # [urb IoctlData, urb address] ready for REAP
        self.pending = {}    # urb address -> (urb, buffer, endpoint, length) waiting for IN data
        self.bulk_replies = {}  # IN endpoint -> [bytes]
        self.speed = (_attr_text(block, 'speed') or b'480').decode()

    # ---- standard requests -------------------------------------------------------------
    def _string(self, index):
        if index == 0:
            return bytes([4, 3, 0x09, 0x04])
        d = self.desc
        names = {}
        if len(d) >= 18 and d[0] == 18 and d[1] == 1:
            names = {d[14]: 'manufacturer', d[15]: 'product', d[16]: 'serial'}
        name = names.get(index)
        raw = _attr_text(self.block, name) if name else None
        if raw is None:
            return None
        s = raw.decode('utf-8', 'replace').encode('utf-16-le')[:252]
        return bytes([2 + len(s), 3]) + s

    def _config(self, index):
        d = self.desc
        pos = d[0] if len(d) >= 1 and d[0] == 18 else 18
        n = 0
        while pos + 4 <= len(d):
            if d[pos + 1] == 2:
                total = d[pos + 2] | (d[pos + 3] << 8)
                if n == index:
                    return d[pos:pos + max(total, d[pos])]
                n += 1
                pos += max(total, 1)
            else:
                pos += max(d[pos], 1)
        return None

    def control(self, setup, out_data):
        """Returns (status errno or 0, IN bytes). Logs everything but standard reads."""
        rt, req, val, idx, length = struct.unpack('<BBHHH', setup[:8])
        dev_in = bool(rt & 0x80)
        std = (rt & 0x60) == 0
        if std and dev_in:
            if req == 6:
                t, i = val >> 8, val & 0xff
                data = self.desc[:18] if t == 1 else self._config(i) if t == 2 else self._string(i) if t == 3 else None
                return (0, data[:length]) if data is not None else (errno.EPIPE, b'')
            if req == 0:
                return 0, b'\x00\x00'[:length]
            if req == 8:
                return 0, b'\x01'[:length]
            if req == 10:
                return 0, b'\x00'[:length]
        key = '%02x:%02x:%04x:%04x' % (rt, req, val, idx)
        self.writes.log(kind='control', node=self.node, syspath=self.syspath, dir='in' if dev_in else 'out',
                        bmRequestType=rt, bRequest=req, wValue=val, wIndex=idx, wLength=length,
                        data=out_data.hex() if not dev_in else '')
        if std and not dev_in and req in (1, 3, 5, 9, 11):  # CLEAR/SET_FEATURE, SET_ADDRESS, SET_CONFIGURATION/INTERFACE
            return 0, b''
        reply = (self.cfg.get('control') or {}).get(key)
        if reply is None:
            return errno.EPIPE, b''
        return 0, (b'' if reply == 'ok' or not dev_in else bytes.fromhex(reply)[:length])

    def bulk_out(self, ep, data):
        self.writes.log(kind='bulk', node=self.node, syspath=self.syspath, endpoint=ep, data=data.hex())
        for r in self.cfg.get('bulk') or []:
            if data.startswith(bytes.fromhex(r['out'])):
                in_ep = r.get('ep', 0x80 | (ep & 0x0f))
                self.bulk_replies.setdefault(in_ep, []).append(bytes.fromhex(r['in']))
                self._feed_pending(in_ep)

    def _feed_pending(self, ep):
        for addr, (urb, buf, urb_ep, length) in list(self.pending.items()):
            queue = self.bulk_replies.get(ep) or []
            if urb_ep == ep and queue:
                data = queue.pop(0)
                n = min(len(data), length)
                if buf is not None and n:
                    buf.update(0, list(data[:n]))
                self._finish(urb, addr, 0, n)
                del self.pending[addr]

    def _finish(self, urb, addr, status, actual):
        urb.update(4, list(struct.pack('<i', -status)))
        urb.update(28, list(struct.pack('<i', actual)))
        self.reapable.append((urb, addr))

    # ---- ioctl dispatch -----------------------------------------------------------------
    def do_handle_ioctl(self, client):
        req = client.get_request() & 0xffffffff
        arg = client.get_arg()
        try:
            return self._ioctl(client, req, arg)
        except Exception as e:  # a handler bug must not kill the testbed; report it as EIO
            import sys
            sys.stderr.write('runner: usbfs ioctl %#x on %s failed: %r\n' % (req, self.node, e))
            return _complete_err(client, errno.EIO)

    def _ioctl(self, client, req, arg):
        if req == GET_CAPABILITIES:
            _resolve(arg, 0, 4).update(0, list(struct.pack('<I', CAPS)))
        elif req == SUBMITURB:
            return self._submit(client, arg)
        elif req in (REAPURB, REAPURBNDELAY):
            if not self.reapable:
                return _complete_err(client, errno.EAGAIN)
            urb, _addr = self.reapable.pop(0)
            _resolve(arg, 0, 8).set_ptr(0, urb)
        elif req == DISCARDURB:
            addr = struct.unpack('<Q', _bytes(arg))[0]
            p = self.pending.pop(addr, None)
            if not p:
                return _complete_err(client, errno.EINVAL)
            self._finish(p[0], addr, errno.ENOENT, 0)
        elif req == CONTROL:
            ct = _resolve(arg, 0, 24)
            setup = _bytes(ct)[:8]
            length = struct.unpack('<H', setup[6:8])[0]
            buf = _resolve(ct, 16, length) if length else None
            out = _bytes(buf) if buf is not None and not setup[0] & 0x80 else b''
            st, data = self.control(setup, out)
            if st:
                return _complete_err(client, st)
            if data and buf is not None:
                buf.update(0, list(data))
            client.complete(len(data) if setup[0] & 0x80 else length, 0)
            return True
        elif req == BULK:
            bt = _resolve(arg, 0, 24)
            ep, length = struct.unpack('<II', _bytes(bt)[:8])
            buf = _resolve(bt, 16, length) if length else None
            if ep & 0x80:
                queue = self.bulk_replies.get(ep) or []
                if not queue:
                    return _complete_err(client, errno.ETIMEDOUT)
                data = queue.pop(0)[:length]
                if buf is not None:
                    buf.update(0, list(data))
                client.complete(len(data), 0)
                return True
            self.bulk_out(ep, _bytes(buf) if buf is not None else b'')
            client.complete(length, 0)
            return True
        elif req in (SETINTERFACE, SETCONFIGURATION, RESET, CLEAR_HALT):
            name = {SETINTERFACE: 'SETINTERFACE', SETCONFIGURATION: 'SETCONFIGURATION', RESET: 'RESET', CLEAR_HALT: 'CLEAR_HALT'}[req]
            size = {SETINTERFACE: 8, SETCONFIGURATION: 4, CLEAR_HALT: 4}.get(req)
            payload = _bytes(_resolve(arg, 0, size)).hex() if size else ''
            self.writes.log(kind='usbfs', node=self.node, syspath=self.syspath, ioctl=name, data=payload)
        elif req in (CLAIMINTERFACE, RELEASEINTERFACE, DISCONNECT_CLAIM, DROP_PRIVILEGES, USBIOCTL):
            pass
        elif req == GETDRIVER:
            return _complete_err(client, errno.ENODATA)
        elif req == CONNECTINFO:
            devnum = int((_attr_text(self.block, 'devnum') or b'0').decode() or 0)
            _resolve(arg, 0, 8).update(0, list(struct.pack('<IB3x', devnum, 1 if self.speed == '1.5' else 0)))
        elif req == GET_SPEED:
            client.complete(SPEED_CODE.get(self.speed, 3), 0)
            return True
        else:
            return _complete_err(client, errno.ENOTTY)
        client.complete(0, 0)
        return True

    def _submit(self, client, arg):
        addr = struct.unpack('<Q', _bytes(arg))[0]
        urb = _resolve(arg, 0, 56)
        raw = _bytes(urb)
        typ, ep = raw[0], raw[1]
        length = struct.unpack('<i', raw[24:28])[0]
        buf = _resolve(urb, 16, length) if length > 0 else None
        if typ == URB_CONTROL:
            data = _bytes(buf) if buf is not None else b''
            setup = data[:8]
            st, reply = self.control(setup, data[8:])
            if not st and reply and setup[0] & 0x80 and buf is not None:
                buf.update(8, list(reply))
            actual = 0 if st else (len(reply) if setup[0] & 0x80 else max(0, length - 8))
            self._finish(urb, addr, st, actual)
        elif typ in (URB_BULK, URB_INTERRUPT):
            if ep & 0x80:
                self.pending[addr] = (urb, buf, ep, max(length, 0))
                self._feed_pending(ep)
            else:
                self.bulk_out(ep, _bytes(buf) if buf is not None else b'')
                self._finish(urb, addr, 0, length)
        else:
            return _complete_err(client, errno.EINVAL)
        client.complete(0, 0)
        return True


# How long a stalled GET_FEATURE hangs before failing, as the kernel's USB control timeout does.
STALL_MS = 5000


class HidrawHandler(UMockdev.IoctlBase):
    """One simulated hidraw node: identity from the hid parent block, reports from JSON."""

    def __init__(self, block, hid_block, usb_block, cfg, writes):
        super().__init__()
        self.node = block['node']
        self.syspath = block['syspath']
        hid = hid_block or {'props': {}, 'attrs': {}}
        self.rdesc = hid['attrs'].get('report_descriptor', b'')
        ids = hid['props'].get('HID_ID', '0003:00000000:00000000').split(':')
        self.bus, self.vid, self.pid = int(ids[0], 16), int(ids[1], 16), int(ids[2], 16)
        self.name = hid['props'].get('HID_NAME', '').encode()
        self.phys = hid['props'].get('HID_PHYS', '').encode()
        self.uniq = hid['props'].get('HID_UNIQ', '').encode()
        self.feature = {int(k, 16): bytes.fromhex(v) for k, v in (cfg.get('feature') or {}).items()}
        self.input = {int(k, 16): bytes.fromhex(v) for k, v in (cfg.get('input') or {}).items()}
        self.replies = cfg.get('replies') or []
        # Report ids whose GET hangs until the kernel's USB control timeout (5 s) fails it,
        # like a device that stops answering mid-read.
        self.stall = {int(k, 16) for k in (cfg.get('stall') or [])}
        self.stalled = []
        self.readq = []
        self.writes = writes

    def do_handle_ioctl(self, client):
        req = client.get_request() & 0xffffffff
        try:
            return self._ioctl(client, req, client.get_arg())
        except Exception as e:
            import sys
            sys.stderr.write('runner: hidraw ioctl %#x on %s failed: %r\n' % (req, self.node, e))
            return _complete_err(client, errno.EIO)

    def _ioctl(self, client, req, arg):
        if req == HID_GRDESCSIZE:
            _resolve(arg, 0, 4).update(0, list(struct.pack('<I', len(self.rdesc))))
            client.complete(0, 0)
            return True
        if req == HID_GRDESC:
            d = _resolve(arg, 0, 4 + 4096)
            d.update(4, list(self.rdesc[:4096]))
            client.complete(0, 0)
            return True
        if req == HID_GRAWINFO:
            _resolve(arg, 0, 8).update(0, list(struct.pack('<Ihh', self.bus, self.vid - (self.vid > 0x7fff) * 0x10000,
                                                                self.pid - (self.pid > 0x7fff) * 0x10000)))
            client.complete(0, 0)
            return True
        if (req >> 8) & 0xff != ord('H'):
            return _complete_err(client, errno.ENOTTY)
        nr, size = req & 0xff, (req >> 16) & 0x3fff
        buf = _resolve(arg, 0, size) if size else None
        if nr in (NR_GRAWNAME, NR_GRAWPHYS, NR_GRAWUNIQ):
            s = {NR_GRAWNAME: self.name, NR_GRAWPHYS: self.phys, NR_GRAWUNIQ: self.uniq}[nr]
            s = (s + b'\0')[:size]
            if buf is not None:
                buf.update(0, list(s))
            client.complete(len(s), 0)
            return True
        if nr in (NR_SFEATURE, NR_SOUTPUT, NR_SINPUT):
            data = _bytes(buf) if buf is not None else b''
            self.writes.log(kind={NR_SFEATURE: 'feature', NR_SOUTPUT: 'output', NR_SINPUT: 'input'}[nr],
                            node=self.node, syspath=self.syspath, reportId=data[0] if data else None, data=data.hex())
            client.complete(size, 0)
            return True
        if nr in (NR_GFEATURE, NR_GINPUT):
            rid = _bytes(buf)[0] if buf is not None else 0
            if nr == NR_GFEATURE and rid in self.stall:
                self.stalled.append(client)

                def fail_later():
                    _complete_err(client, errno.ETIMEDOUT)
                    self.stalled.remove(client)
                    return False
                GLib.timeout_add(STALL_MS, fail_later)
                return True
            rep = (self.feature if nr == NR_GFEATURE else self.input).get(rid)
            if rep is None:
                return _complete_err(client, errno.EPIPE)
            rep = rep[:size]
            buf.update(0, list(rep))
            client.complete(len(rep), 0)
            return True
        return _complete_err(client, errno.ENOTTY)

    def do_handle_write(self, client):
        data = _bytes(client.get_arg())
        self.writes.log(kind='hidraw-write', node=self.node, syspath=self.syspath,
                        reportId=data[0] if data else None, data=data.hex())
        for r in self.replies:
            if data.startswith(bytes.fromhex(r['write'])):
                self.readq.append(bytes.fromhex(r['read']))
                break
        client.complete(len(data), 0)
        return True

    def do_handle_read(self, client):
        if not self.readq:
            return _complete_err(client, errno.EAGAIN)
        arg = client.get_arg()
        data = self.readq.pop(0)[:len(arg.retrieve())]
        arg.update(0, list(data))
        client.complete(len(data), 0)
        return True
