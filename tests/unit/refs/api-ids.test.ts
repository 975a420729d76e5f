import { describe, expect, it } from 'vitest';
import { entryAnchor } from '../../../src/lib/refs/api-ids.ts';
import { scanApis } from '../../../src/lib/refs/scan-apis.ts';

describe('entryAnchor: the ids Sphinx 5 gave API entries', () => {
  it('Python: the name; a module: module-<name>; C: c.<name>', () => {
    expect(entryAnchor('function', 'torch_neuronx.trace', 'torch_neuronx.trace(func)', [])).toBe('torch_neuronx.trace');
    expect(entryAnchor('module', 'neuronx', '', [])).toBe('module-neuronx');
    expect(entryAnchor('c:function', 'nrt_load', 'int nrt_load(const char *path)', [])).toBe('c.nrt_load');
  });

  it.each([
    ['cpp:function', 'int nrt_init(int mode)', '_CPPv48nrt_initi'],
    ['cpp:class', 'Tensor', '_CPPv46Tensor'],
    ['cpp:function', 'void f()', '_CPPv41fv'],
    [
      'cpp:function',
      'torch::Tensor full(torch::IntArrayRef size, const Scalar & fill_value, c10::TensorOptions options)',
      '_CPPv44fullN5torch11IntArrayRefERK6ScalarN3c1013TensorOptionsE',
    ],
    ['cpp:function', 'unsigned long long g(const char *const p, int **q = nullptr)', '_CPPv41gPCKcPPi'],
    ['cpp:function', 'Tensor& operator=(Tensor &&x) &', '_CPPv4NRaSEO6Tensor'],
    ['cpp:function', 'TensorTcmAccessor<true> tcm_accessor() const&', '_CPPv4NKR12tcm_accessorEv'],
    [
      'cpp:function',
      'template<typename T> void tcm_to_tensor(T * tcm_ptr, size_t tensor_offset, size_t num_elem)',
      '_CPPv4I0E13tcm_to_tensorvP1T6size_t6size_t',
    ],
    ['cpp:class', 'template<bool read_only> class torch::TensorTcmAccessor', '_CPPv4I_bEN5torch17TensorTcmAccessorE'],
  ])('C++ %s %s → %s', (kind, signature, id) => {
    expect(entryAnchor(kind, 'name', signature, [])).toBe(id);
  });

  it('a C++ declaration it cannot read keeps its name', () => {
    expect(entryAnchor('cpp:function', 'f', 'void f(int (*callback)(int))', [])).toBe('f');
  });
});

describe('scanApis: C++ entries in a class are declared in it', () => {
  it('gives a member the class in its id, and an entry after the class none', () => {
    const source = [
      '::::api[template\\<typename T> torch:\\:Reader]{kind="cpp:class" name="torch::Reader"}',
      ':::api[int close()]{kind="cpp:function" name="close"}',
      ':::',
      '::::',
      '',
      ':::api[int close()]{kind="cpp:function" name="close"}',
      ':::',
    ].join('\n');
    expect(scanApis(source).map((entry) => entry.anchor)).toEqual([
      '_CPPv4I0EN5torch6ReaderE',
      '_CPPv4N5torch6Reader5closeEv',
      '_CPPv45closev',
    ]);
  });
});
