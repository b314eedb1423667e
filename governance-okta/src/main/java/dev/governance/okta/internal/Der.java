package dev.governance.okta.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few DER (ASN.1) operations needed to turn PKCS#1 and SEC1 private keys into PKCS#8, which the
 * JDK reads: read one element, list a sequence's children, and write elements.
 */
final class Der {

  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;
  static final int CONTEXT_0 = 0xa0;

  /** OID 1.2.840.113549.1.1.1, rsaEncryption. */
  static final byte[] RSA_ENCRYPTION = {
    0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01
  };

  /** OID 1.2.840.10045.2.1, id-ecPublicKey. */
  static final byte[] EC_PUBLIC_KEY = {
    0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01
  };

  /** One element: its tag, its whole encoding and where its content starts. */
  record Element(int tag, byte[] encoded, int contentStart) {
    byte[] content() {
      return Arrays.copyOfRange(encoded, contentStart, encoded.length);
    }
  }

  private Der() {}

  /** Reads the element that starts at {@code offset}. */
  static Element read(byte[] data, int offset) {
    if (offset + 2 > data.length) {
      throw new IllegalArgumentException("truncated DER");
    }
    int tag = data[offset] & 0xff;
    int length = data[offset + 1] & 0xff;
    int headerLength = 2;
    if (length > 0x7f) {
      int count = length & 0x7f;
      if (count == 0 || count > 4 || offset + 2 + count > data.length) {
        throw new IllegalArgumentException("unsupported DER length");
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (data[offset + 2 + i] & 0xff);
      }
      headerLength += count;
    }
    int end = offset + headerLength + length;
    if (length < 0 || end > data.length) {
      throw new IllegalArgumentException("truncated DER");
    }
    return new Element(tag, Arrays.copyOfRange(data, offset, end), headerLength);
  }

  /** Lists the children of a constructed element. */
  static List<Element> children(Element element) {
    byte[] content = element.content();
    List<Element> children = new ArrayList<>();
    int offset = 0;
    while (offset < content.length) {
      Element child = read(content, offset);
      children.add(child);
      offset += child.encoded().length;
    }
    return children;
  }

  /** Writes an element with the given tag around already-encoded content. */
  static byte[] write(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    byte[] body = content.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = body.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else if (length < 0x10000) {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length);
    } else {
      out.write(0x83);
      out.write(length >> 16);
      out.write(length >> 8);
      out.write(length);
    }
    out.writeBytes(body);
    return out.toByteArray();
  }
}
