// The PowerShell the Windows source runs. It opens no USB device: identity, drivers, problems
// and location paths are PnP properties; the negotiated speed comes from each device's parent
// hub (IOCTL_USB_GET_NODE_CONNECTION_INFORMATION_EX and _EX_V2, the requests Device Manager's
// own tools use), asked for by port number. It prints UsbTreeView's key names so that one
// parser, checked against real UsbTreeView reports, reads it (usbtreeview.ts).

/** Primary: PnP properties + hub connection information (C# through Add-Type). */
export const USB_REPORT_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [Text.Encoding]::UTF8
Add-Type -TypeDefinition @'
using System; using System.Runtime.InteropServices; using Microsoft.Win32.SafeHandles;
public static class LogiDiagHub {
  [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern SafeFileHandle CreateFile(string name, uint access, uint share, IntPtr sa, uint disposition, uint flags, IntPtr template);
  [DllImport("kernel32.dll", SetLastError = true)]
  static extern bool DeviceIoControl(SafeFileHandle h, uint code, byte[] inBuf, int inLen, byte[] outBuf, int outLen, out int returned, IntPtr overlapped);
  // Returns [speed, isHub, bcdUSB lo, bcdUSB hi, v2 protocols, v2 flags] or null.
  public static int[] Query(string hubInstanceId, int port) {
    string path = @"\\?\" + hubInstanceId.Replace('\\', '#') + "#{f18a0e88-c30c-11d0-8815-00a0c906bed8}";
    using (var h = CreateFile(path, 0x40000000, 2, IntPtr.Zero, 3, 0, IntPtr.Zero)) {
      if (h.IsInvalid) return null;
      var ex = new byte[512]; BitConverter.GetBytes(port).CopyTo(ex, 0); int n;
      if (!DeviceIoControl(h, 0x220448, ex, ex.Length, ex, ex.Length, out n, IntPtr.Zero) || n < 27) return null;
      var v2 = new byte[16]; BitConverter.GetBytes(port).CopyTo(v2, 0); BitConverter.GetBytes(16).CopyTo(v2, 4); BitConverter.GetBytes(7).CopyTo(v2, 8);
      int p = -1, f = -1;
      if (DeviceIoControl(h, 0x22045C, v2, 16, v2, 16, out n, IntPtr.Zero) && n >= 16) { p = BitConverter.ToInt32(v2, 8); f = BitConverter.ToInt32(v2, 12); }
      return new int[] { ex[23], ex[24], ex[6], ex[7], p, f };
    }
  }
}
'@
$keys = 'DEVPKEY_Device_LocationPaths','DEVPKEY_Device_Parent','DEVPKEY_Device_Address','DEVPKEY_Device_BusReportedDeviceDesc','DEVPKEY_Device_ProblemCode','DEVPKEY_Device_Service'
$all = @(Get-PnpDevice -PresentOnly | Where-Object { $_.InstanceId -like 'USB\*' })
# One batched property query for every device (a query per device costs tens of ms each).
$props = @{}
foreach ($d in $all) { $props[$d.InstanceId] = @{} }
if ($all.Count -gt 0) {
  Get-PnpDeviceProperty -InstanceId @($all.InstanceId) -KeyName $keys -ErrorAction SilentlyContinue | ForEach-Object { $props[$_.InstanceId][$_.KeyName] = $_.Data }
}
function Line($k, $v) { '{0,-25}: {1}' -f $k, $v }
$interfaces = @($all | Where-Object { $_.InstanceId -match '&MI_[0-9A-F]{2}\\' })
foreach ($d in $all | Where-Object { $_.InstanceId -notmatch '&MI_[0-9A-F]{2}\\' }) {
  $p = $props[$d.InstanceId]
  '      ======================== USB Device ========================'
  Line 'Device Description' $d.FriendlyName
  Line 'Device ID' $d.InstanceId
  Line 'Service' $p['DEVPKEY_Device_Service']
  Line 'Problem Code' ([int]$p['DEVPKEY_Device_ProblemCode'])
  Line 'Location IDs' (@($p['DEVPKEY_Device_LocationPaths']) -join ', ')
  Line 'Bus Reported Description' $p['DEVPKEY_Device_BusReportedDeviceDesc']
  $q = $null
  if ($d.InstanceId -notlike 'USB\ROOT_HUB*' -and $p['DEVPKEY_Device_Parent'] -and $p['DEVPKEY_Device_Address']) {
    try { $q = [LogiDiagHub]::Query($p['DEVPKEY_Device_Parent'], [int]$p['DEVPKEY_Device_Address']) } catch { $q = $null }
  }
  if ($q) {
    Line 'Is Hub' ('0x{0:X2}' -f $q[1])
    Line 'Device Bus Speed' ('0x{0:X2}' -f $q[0])
    if ($q[4] -ge 0) {
      Line ' Usb300' (($q[4] -shr 2) -band 1)
      Line ' DevIsOpAtSsOrHigher' ($q[5] -band 1)
      Line ' DevIsSsCapOrHigher' (($q[5] -shr 1) -band 1)
      Line ' DevIsOpAtSsPlusOrHigher' (($q[5] -shr 2) -band 1)
    }
    Line 'bcdUSB' ('0x{0:X}' -f ($q[2] + 256 * $q[3]))
  }
  # Interfaces by their parent, so two identical devices keep their own.
  $i = 0
  foreach ($c in $interfaces | Where-Object { $props[$_.InstanceId]['DEVPKEY_Device_Parent'] -eq $d.InstanceId }) {
    $cp = $props[$c.InstanceId]; $i++
    Line (' Child Device ' + $i) $c.FriendlyName
    Line '  Device ID' $c.InstanceId
    Line '  Service' $cp['DEVPKEY_Device_Service']
    Line '  Problem' ([int]$cp['DEVPKEY_Device_ProblemCode'])
  }
}
`

/** Fallback when Add-Type is not allowed (Constrained Language Mode, AppLocker): PnP facts only,
 *  in the Win32_PnPEntity list form (pnp-list.ts); link speed stays unknown. */
export const PNP_LIST_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [Text.Encoding]::UTF8
Get-CimInstance Win32_PnPEntity -Filter "PNPDeviceID LIKE 'USB\\%'" | ForEach-Object {
  $paths = (Get-PnpDeviceProperty -InstanceId $_.PNPDeviceID -KeyName DEVPKEY_Device_LocationPaths -ErrorAction SilentlyContinue).Data
  $desc = (Get-PnpDeviceProperty -InstanceId $_.PNPDeviceID -KeyName DEVPKEY_Device_BusReportedDeviceDesc -ErrorAction SilentlyContinue).Data
  'DeviceID=' + $_.PNPDeviceID
  'Name=' + $_.Name
  'Service=' + $_.Service
  'ConfigManagerErrorCode=' + $_.ConfigManagerErrorCode
  'LocationPaths=' + (@($paths) -join ',')
  'BusReportedDeviceDesc=' + $desc
  ''
}
`
