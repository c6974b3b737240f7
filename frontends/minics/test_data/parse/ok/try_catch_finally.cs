using System;
class C { void M() { try { throw new Exception("x"); } catch (ArgumentException e) when (e.Message != null) { throw; } catch (Exception) { } catch { } finally { } try { } finally { } } }
