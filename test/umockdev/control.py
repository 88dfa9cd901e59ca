"""Hotplug control socket for runner.py: newline-delimited JSON commands, one JSON reply each.

Served from the GLib main loop (io_add_watch), so ioctl handlers keep running between commands.
"""
import json
import os
import socket
import sys

from umockdev_handlers import parse_blocks


class ControlServer:
    def __init__(self, path, testbed, state, attach, chmod, glib):
        self.path = path
        self.testbed = testbed
        self.state = state
        self.attach = attach
        self.chmod = chmod
        self.GLib = glib

    def start(self):
        if os.path.exists(self.path):
            os.unlink(self.path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(self.path)
        self.sock.listen(4)
        self.GLib.io_add_watch(self.sock.fileno(), self.GLib.PRIORITY_DEFAULT, self.GLib.IO_IN, self._accept)

    def _accept(self, _fd, _cond):
        conn, _ = self.sock.accept()
        buf = bytearray()
        self.GLib.io_add_watch(conn.fileno(), self.GLib.PRIORITY_DEFAULT,
                               self.GLib.IO_IN | self.GLib.IO_HUP | self.GLib.IO_ERR, self._read, conn, buf)
        return True

    def _read(self, _fd, _cond, conn, buf):
        try:
            data = conn.recv(1 << 16)
        except OSError:
            data = b''
        if not data:
            conn.close()
            return False
        buf.extend(data)
        while b'\n' in buf:
            line, _, rest = bytes(buf).partition(b'\n')
            buf[:] = rest
            if not line.strip():
                continue
            try:
                self.handle(json.loads(line))
                reply = {'ok': True}
            except Exception as e:  # report to the test instead of killing the room
                reply = {'ok': False, 'error': '%s: %s' % (type(e).__name__, e)}
            try:
                conn.sendall((json.dumps(reply) + '\n').encode())
            except OSError:
                conn.close()
                return False
        return True

    def handle(self, cmd):
        op = cmd.get('op')
        if op == 'add':
            text = cmd['umockdev']
            blocks = parse_blocks(text)
            if not blocks:
                raise ValueError('no device blocks in umockdev text')
            # Handlers go in before add_from_string emits the "add" uevents (parents first, in
            # text order): a client reacting to the uevent may open the node immediately.
            self.attach(blocks, cmd.get('hidraw') or {}, cmd.get('usb') or {})
            if not self.testbed.add_from_string(text):
                raise RuntimeError('add_from_string failed')
            for node, mode in (cmd.get('chmod') or {}).items():
                self.chmod(node, int(mode))
        elif op == 'remove':
            self.remove(cmd['syspath'])
        elif op == 'chmod':
            self.chmod(cmd['node'], int(cmd['mode']))
        else:
            raise ValueError('unknown op %r' % op)

    def remove(self, syspath):
        syspath = syspath.rstrip('/')
        blocks = self.state['blocks']
        doomed = [p for p in blocks if p == syspath or p.startswith(syspath + '/')]
        if syspath not in blocks:
            raise KeyError('no such device: ' + syspath)
        # Children first, like the kernel: interfaces and hidraw go before their usb_device.
        for p in sorted(doomed, key=lambda s: s.count('/'), reverse=True):
            b = blocks.pop(p)
            node = b.get('node')
            if node and node in self.state['handlers']:
                self.testbed.detach_ioctl(node)
                del self.state['handlers'][node]
            self.testbed.uevent(p, 'remove')
            self.testbed.remove_device(p)
        sys.stderr.flush()
