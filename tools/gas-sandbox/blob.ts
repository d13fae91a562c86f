import { type GasEnv, gasError } from "./env";
import type { BlobArgs } from "./gas-types";

const toBytes = (data: string | readonly number[] | Uint8Array): Uint8Array =>
  typeof data === "string"
    ? new Uint8Array(Buffer.from(data, "utf8"))
    : Uint8Array.from(data, (b) => b & 0xff);

/**
 * A `Blob`: bytes with a content type and a name. Value object, not counted. `getBytes()` gives
 * Java-style signed bytes (-128..127) in a script-realm array, as Apps Script does.
 */
export class FakeBlob {
  private bytes: Uint8Array;

  constructor(
    private readonly env: GasEnv,
    data: string | readonly number[] | Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = toBytes(data);
  }

  /** The raw bytes, for the fakes and tests (not a GAS method). */
  get _bytes(): Uint8Array {
    return this.bytes;
  }
  getBytes(): number[] {
    return this.env.realm.Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  setBytes(...[data]: BlobArgs<"setBytes">): this {
    this.bytes = toBytes(data);
    return this;
  }
  getDataAsString(...[charset]: [] | BlobArgs<"getDataAsString">): string {
    const encoding = (charset ?? "UTF-8").toLowerCase().replace("-", "") === "utf8" ? "utf8" : "latin1";
    return Buffer.from(this.bytes).toString(encoding);
  }
  setDataFromString(...[data]: BlobArgs<"setDataFromString">): this {
    this.bytes = toBytes(data);
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(...[contentType]: BlobArgs<"setContentType">): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(...[name]: BlobArgs<"setName">): this {
    this.name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.env, this.bytes, this.contentType, this.name);
  }
  getBlob(): this {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  /** Only a conversion to its own type is possible here (Drive converts Google files: `File.getAs`). */
  getAs(...[contentType]: BlobArgs<"getAs">): FakeBlob {
    if (contentType !== this.contentType) {
      throw gasError(this.env, `Converting from ${this.contentType} to ${contentType} is not supported.`);
    }
    return this.copyBlob();
  }
}
