#!/usr/bin/python3
"""Run a command against simulated USB/HID devices (umockdev testbed).

Usage:
  /usr/bin/python3 runner.py --device ROOM.umockdev [--hidraw /dev/hidrawN=hid.json ...]
      [--usb /dev/bus/usb/BBB/DDD=usb.json ...] [--chmod NODE=MODE ...]
      [--control SOCKET_PATH] [--write-log PATH] -- CMD ARGS...

umockdev-run alone cannot answer control transfers with data (its ioctl trees only
replay recorded URBs), so this runner serves usbdevfs and hidraw ioctls itself from
the description, and adds hotplug over a control socket. See README.md.
"""
import argparse
import glob
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time

PRELOAD = 'libumockdev-preload.so.0'
REEXEC_MARK = 'LOGI_UMOCKDEV_RUNNER_PRELOADED'


def find_preload():
    try:
        out = subprocess.run(['ldconfig', '-p'], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if PRELOAD in line and '=>' in line:
                path = line.split('=>')[-1].strip()
                if os.path.exists(path):
                    return path
    except OSError:
        pass
    for pattern in ('/usr/lib/*-linux-gnu/' + PRELOAD, '/lib/*-linux-gnu/' + PRELOAD,
                    '/usr/lib64/' + PRELOAD, '/usr/lib/' + PRELOAD):
        hits = glob.glob(pattern)
        if hits:
            return hits[0]
    return None


def ensure_preloaded():
    """uevents are only delivered when the emitting process runs under the preload too."""
    if os.environ.get(REEXEC_MARK) == '1':
        return
    lib = find_preload()
    if not lib:
        sys.stderr.write('runner: %s not found (install umockdev)\n' % PRELOAD)
        sys.exit(127)
    env = dict(os.environ)
    env['LD_PRELOAD'] = (lib + ' ' + env['LD_PRELOAD']).strip() if env.get('LD_PRELOAD') else lib
    env[REEXEC_MARK] = '1'
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--device', '-d', action='append', default=[], help='.umockdev description (repeatable)')
    p.add_argument('--hidraw', action='append', default=[], metavar='NODE=JSON')
    p.add_argument('--usb', action='append', default=[], metavar='NODE=JSON')
    p.add_argument('--chmod', action='append', default=[], metavar='NODE=MODE', help='mode in octal')
    p.add_argument('--control', metavar='SOCKET_PATH')
    p.add_argument('--write-log', metavar='PATH')
    p.add_argument('cmd', nargs=argparse.REMAINDER)
    a = p.parse_args(argv)
    if a.cmd and a.cmd[0] == '--':
        a.cmd = a.cmd[1:]
    if not a.cmd:
        p.error('missing -- CMD')
    return a


def split_kv(s):
    k, sep, v = s.partition('=')
    if not sep:
        raise SystemExit('runner: expected NODE=VALUE, got %r' % s)
    return k, v


def main():
    ensure_preloaded()
    args = parse_args(sys.argv[1:])

    import gi
    gi.require_version('UMockdev', '1.0')
    from gi.repository import GLib, UMockdev
    from umockdev_handlers import UsbHandler, HidrawHandler, WriteLog, parse_blocks

    writes = WriteLog(args.write_log)
    testbed = UMockdev.Testbed.new()
    root = testbed.get_root_dir()
    # mkdtemp makes the testbed 0700; children dropped to another uid must still see it.
    os.chmod(root, 0o755)
    state = {'blocks': {}, 'handlers': {}}
    hid_cfg = {k: load_json(v) for k, v in map(split_kv, args.hidraw)}
    usb_cfg = {k: load_json(v) for k, v in map(split_kv, args.usb)}

    def attach(blocks, hid_extra, usb_extra):
        for b in blocks:
            state['blocks'][b['syspath']] = b
        for b in blocks:
            node = b.get('node')
            if not node:
                continue
            if b['subsystem'] == 'usb' and b.get('devtype') == 'usb_device':
                h = UsbHandler(b, usb_extra.get(node) or usb_cfg.get(node) or {}, writes)
            elif b['subsystem'] == 'hidraw':
                parent = state['blocks'].get(os.path.dirname(os.path.dirname(b['syspath'])))
                usbdev = find_usb_parent(state['blocks'], b['syspath'])
                h = HidrawHandler(b, parent, usbdev, hid_extra.get(node) or hid_cfg.get(node) or {}, writes)
            else:
                continue
            if not testbed.attach_ioctl(node, h):
                raise RuntimeError('attach_ioctl failed for ' + node)
            state['handlers'][node] = h

    for path in args.device:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if not testbed.add_from_string(text):
            raise SystemExit('runner: could not load ' + path)
        attach(parse_blocks(text), {}, {})
    for k, v in map(split_kv, args.chmod):
        do_chmod(root, k, int(v, 8))

    loop = GLib.MainLoop()
    result = {'code': None}
    # Listen before the child starts so a test can connect as soon as the socket path exists.
    if args.control:
        from control import ControlServer
        ControlServer(args.control, testbed, state, attach, lambda n, m: do_chmod(root, n, m), GLib).start()

    child = subprocess.Popen(args.cmd)

    def on_exit(pid, status):
        result['code'] = os.waitstatus_to_exitcode(status)
        loop.quit()

    GLib.child_watch_add(GLib.PRIORITY_DEFAULT, child.pid, on_exit)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        GLib.unix_signal_add(GLib.PRIORITY_HIGH, sig, forward_signal, child, sig)

    loop.run()
    code = result['code']
    child.returncode = code  # already reaped by GLib; keep Popen from waiting again
    for node in list(state['handlers']):
        testbed.detach_ioctl(node)
    del testbed
    shutil.rmtree(root, ignore_errors=True)
    writes.close()
    if args.control:
        try:
            os.unlink(args.control)
        except OSError:
            pass
    sys.exit(128 - code if code < 0 else code)


def forward_signal(child, sig):
    try:
        child.send_signal(sig)
    except ProcessLookupError:
        pass
    return True


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def find_usb_parent(blocks, syspath):
    p = syspath
    while p and p != '/':
        b = blocks.get(p)
        if b and b.get('devtype') == 'usb_device':
            return b
        p = os.path.dirname(p)
    return None


def do_chmod(root, node, mode):
    if not node.startswith('/dev/'):
        raise ValueError('node must be under /dev: ' + node)
    os.chmod(root + node, mode)


if __name__ == '__main__':
    sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
