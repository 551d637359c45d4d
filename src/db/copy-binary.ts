/**
 * Rows in COPY's binary format. The text format makes the server parse every value, and parsing
 * timestamps costs more than the rest of a large import's writing; in binary an instant is a number.
 * Each value must match its column's type exactly: `int4` for integer, `timestamptz` for timestamps.
 */
export class CopyBinaryRows {
  #buffer = Buffer.allocUnsafe(1 << 16);
  #length = 0;
  #rows = 0;

  constructor() {
    // Signature, flags, header extension length.
    this.#raw(Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'));
    this.#int32(0);
    this.#int32(0);
  }

  get rows(): number {
    return this.#rows;
  }

  /** Starts a row of `fields` values. */
  row(fields: number): this {
    this.#ensure(2);
    this.#buffer.writeInt16BE(fields, this.#length);
    this.#length += 2;
    this.#rows++;
    return this;
  }

  null(): this {
    this.#int32(-1);
    return this;
  }

  int4(value: number | null): this {
    if (value === null) return this.null();
    this.#int32(4);
    this.#int32(value);
    return this;
  }

  bool(value: boolean): this {
    this.#ensure(5);
    this.#buffer.writeInt32BE(1, this.#length);
    this.#buffer[this.#length + 4] = value ? 1 : 0;
    this.#length += 5;
    return this;
  }

  /** Text, or an enum label (enums travel as their label). */
  text(value: string | null): this {
    if (value === null) return this.null();
    this.#ensure(4 + value.length * 3);
    const written = this.#buffer.write(value, this.#length + 4, 'utf8');
    this.#buffer.writeInt32BE(written, this.#length);
    this.#length += 4 + written;
    return this;
  }

  /** JSON text for a `jsonb` column (format version 1, then the text). */
  jsonb(json: string): this {
    this.#ensure(5 + json.length * 3);
    this.#buffer[this.#length + 4] = 1;
    const written = this.#buffer.write(json, this.#length + 5, 'utf8');
    this.#buffer.writeInt32BE(written + 1, this.#length);
    this.#length += 5 + written;
    return this;
  }

  /** An instant in epoch milliseconds for a `timestamptz` column: microseconds since 2000-01-01 UTC. */
  timestamptz(ms: number | null): this {
    if (ms === null) return this.null();
    const micros = (ms - POSTGRES_EPOCH_MS) * 1000;
    const high = Math.floor(micros / 2 ** 32);
    this.#ensure(12);
    this.#buffer.writeInt32BE(8, this.#length);
    this.#buffer.writeInt32BE(high, this.#length + 4);
    this.#buffer.writeUInt32BE(micros - high * 2 ** 32, this.#length + 8);
    this.#length += 12;
    return this;
  }

  /** The rows with the trailer, ready for `COPY … FROM STDIN WITH (FORMAT binary)`. */
  finish(): Buffer {
    this.#ensure(2);
    this.#buffer.writeInt16BE(-1, this.#length);
    this.#length += 2;
    return this.#buffer.subarray(0, this.#length);
  }

  #int32(value: number): void {
    this.#ensure(4);
    this.#buffer.writeInt32BE(value, this.#length);
    this.#length += 4;
  }

  #raw(bytes: Buffer): void {
    this.#ensure(bytes.length);
    bytes.copy(this.#buffer, this.#length);
    this.#length += bytes.length;
  }

  #ensure(bytes: number): void {
    if (this.#length + bytes <= this.#buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#buffer.length * 2, this.#length + bytes));
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}

const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
