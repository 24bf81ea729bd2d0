import { createServer, type Server, type Socket } from 'node:net';

import { SerialPort, SerialPortMock } from 'serialport';

import type { SerialPortFactory } from '../transport/serial-link.js';

import type { EscPosEmulator } from './escpos-emulator.js';

export interface TcpEmulatorHost {
  readonly port: number;
  readonly connections: number;
  close(): Promise<void>;
}

/**
 * The emulator as a network printer on 127.0.0.1 (raw TCP, like port 9100). One printer: each new
 * connection takes over, as on a real one. A stalled printer accepts and then never reads.
 */
export async function serveEmulatorOverTcp(
  emulator: EscPosEmulator,
  port = 0,
  host = '127.0.0.1',
): Promise<TcpEmulatorHost> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (emulator.faults.stalled) {
      socket.pause();
      return;
    }
    emulator.connect({
      write: (bytes) => {
        if (!socket.destroyed) socket.write(bytes);
      },
      disconnect: () => socket.destroy(),
    });
    socket.on('data', (chunk: Buffer) => {
      emulator.receive(chunk);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return {
    port: address.port,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        emulator.stop();
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export interface SerialEmulatorHost {
  close(): Promise<void>;
}

/** The emulator on a serial device: the printer end of a socat pseudo-terminal pair, or a real port. */
export async function serveEmulatorOverSerial(
  emulator: EscPosEmulator,
  path: string,
  baudRate = 38400,
  /** How "pulling the cable" is done; closing our end of a pseudo-terminal is not noticed by the other. */
  onDisconnect?: () => void,
): Promise<SerialEmulatorHost> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  port.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    port.open((error) => {
      if (error === null) resolve();
      else reject(error);
    });
  });
  emulator.connect({
    write: (bytes) => {
      if (port.isOpen) port.write(Buffer.from(bytes));
    },
    disconnect: () => {
      if (onDisconnect !== undefined) onDisconnect();
      else if (port.isOpen) port.close();
    },
  });
  port.on('data', (chunk: Buffer) => {
    emulator.receive(chunk);
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        emulator.stop();
        if (!port.isOpen) {
          resolve();
          return;
        }
        port.close(() => {
          resolve();
        });
      }),
  };
}

interface MockBindingPort {
  write(buffer: Buffer): Promise<void>;
  emitData(data: Buffer): void;
  close(): Promise<void>;
}

/**
 * serialport's mock binding wired to the emulator: what the kiosk writes reaches the emulator, and
 * its replies come back as received data. For unit tests that need no pseudo-terminal.
 */
export function emulatorOnMockBinding(emulator: EscPosEmulator): SerialPortFactory {
  return (options) => {
    SerialPortMock.binding.createPort(options.path, { echo: false, record: false });
    const port = new SerialPortMock({ ...options });
    port.on('open', () => {
      const binding = port.port as unknown as MockBindingPort | undefined;
      if (binding === undefined) return;
      const write = binding.write.bind(binding);
      binding.write = async (buffer) => {
        await write(buffer);
        emulator.receive(buffer);
      };
      emulator.connect({
        write: (bytes) => {
          binding.emitData(Buffer.from(bytes));
        },
        disconnect: () => {
          // An unplugged adapter: the port closes under the kiosk.
          port.close();
        },
      });
    });
    return port;
  };
}
