// System.Text.StringBuilder over a growable char buffer.

namespace System.Text
{
    public sealed class StringBuilder
    {
        private char[] chars;
        private int length;

        public StringBuilder() { chars = new char[16]; }
        public StringBuilder(int capacity) { chars = new char[capacity < 1 ? 1 : capacity]; }
        public StringBuilder(string value) { chars = new char[16]; Append(value); }
        public StringBuilder(string value, int capacity) { chars = new char[capacity < 16 ? 16 : capacity]; Append(value); }

        public int Length
        {
            get { return length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value");
                Reserve(value);
                for (int i = length; i < value; i++) chars[i] = '\0';
                length = value;
            }
        }

        public int Capacity
        {
            get { return chars.Length; }
            set
            {
                if (value < length) throw new ArgumentOutOfRangeException("value", "Capacity cannot be less than the current size.");
                char[] resized = new char[value < 1 ? 1 : value];
                RuntimeImports.ArrayCopy(chars, 0, resized, 0, length);
                chars = resized;
            }
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= length) throw new IndexOutOfRangeException();
                return chars[index];
            }
            set
            {
                if (index < 0 || index >= length) throw new IndexOutOfRangeException();
                chars[index] = value;
            }
        }

        private void Reserve(int n)
        {
            if (n <= chars.Length) return;
            int cap = chars.Length * 2;
            if (cap < n) cap = n;
            char[] bigger = new char[cap];
            RuntimeImports.ArrayCopy(chars, 0, bigger, 0, length);
            chars = bigger;
        }

        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            int n = value.Length;
            Reserve(length + n);
            for (int i = 0; i < n; i++) chars[length + i] = value[i];
            length += n;
            return this;
        }

        public StringBuilder Append(char value)
        {
            Reserve(length + 1);
            chars[length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            for (int i = 0; i < repeatCount; i++) Append(value);
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null) return this;
            for (int i = 0; i < value.Length; i++) Append(value[i]);
            return this;
        }

        public StringBuilder Append(object value) { if (value == null) return this; return Append(value.ToString()); }
        public StringBuilder Append(int value) { return Append(value.ToString()); }
        public StringBuilder Append(long value) { return Append(value.ToString()); }
        public StringBuilder Append(uint value) { return Append(value.ToString()); }
        public StringBuilder Append(ulong value) { return Append(value.ToString()); }
        public StringBuilder Append(double value) { return Append(value.ToString()); }
        public StringBuilder Append(float value) { return Append(value.ToString()); }
        public StringBuilder Append(bool value) { return Append(value ? "True" : "False"); }
        public StringBuilder Append(short value) { return Append(value.ToString()); }
        public StringBuilder Append(byte value) { return Append(value.ToString()); }

        public StringBuilder AppendLine() { return Append('\n'); }
        public StringBuilder AppendLine(string value) { Append(value); return Append('\n'); }

        public StringBuilder AppendFormat(string format, object arg0) { return Append(string.Format(format, arg0)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return Append(string.Format(format, arg0, arg1)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return Append(string.Format(format, arg0, arg1, arg2)); }
        public StringBuilder AppendFormat(string format, params object[] args) { return Append(string.Format(format, args)); }

        public StringBuilder Insert(int index, string value)
        {
            if (index < 0 || index > length) throw new ArgumentOutOfRangeException("index");
            string tail = ToString(index, length - index);
            length = index;
            Append(value);
            return Append(tail);
        }

        public StringBuilder Remove(int startIndex, int len)
        {
            if (startIndex < 0 || len < 0 || startIndex > length - len) throw new ArgumentOutOfRangeException("startIndex");
            for (int i = startIndex; i + len < length; i++) chars[i] = chars[i + len];
            length -= len;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            string s = ToString().Replace(oldValue, newValue);
            length = 0;
            return Append(s);
        }

        public StringBuilder Insert(int index, char value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, int value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, long value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, double value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, bool value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, object value) { return value == null ? this : Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, char[] value) { return value == null ? this : Insert(index, new string(value)); }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (value == null) return this;
            return Append(value.Substring(startIndex, count));
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (value == null) return this;
            return Append(new string(value, startIndex, charCount));
        }

        public StringBuilder Append(sbyte value) { return Append(value.ToString()); }
        public StringBuilder Append(ushort value) { return Append(value.ToString()); }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) { return Append(string.Format(provider, format, args)); }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            for (int i = 0; i < length; i++)
                if (chars[i] == oldChar) chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (startIndex < 0 || count < 0 || startIndex > length - count) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            string head = ToString(0, startIndex);
            string middle = ToString(startIndex, count).Replace(oldValue, newValue);
            string tail = ToString(startIndex + count, length - startIndex - count);
            length = 0;
            return Append(head).Append(middle).Append(tail);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            Reserve(capacity);
            return chars.Length;
        }

        public bool Equals(StringBuilder sb) { return sb != null && sb.length == length && sb.ToString() == ToString(); }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (sourceIndex < 0 || count < 0 || sourceIndex > length - count) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = chars[sourceIndex + i];
        }

        public StringBuilder Clear() { length = 0; return this; }

        public override string ToString() { return RuntimeImports.StringFromChars(chars, 0, length); }

        public string ToString(int startIndex, int len) { return RuntimeImports.StringFromChars(chars, startIndex, len); }
    }
}
