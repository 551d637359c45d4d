import type { ThemeConfig } from 'antd';

/** Public-service red and gold, with calm neutrals for long working days. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#1d4ed8',
    colorSuccess: '#15803d',
    colorWarning: '#d97706',
    colorError: '#dc2626',
    borderRadius: 8,
    fontFamily: "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    fontSize: 14,
    // People who asked their system for less motion get none: no zooming dialogs or sliding drawers.
    motion: !(typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches),
  },
  components: {
    Layout: { headerBg: '#8f1d17', siderBg: '#ffffff', bodyBg: '#f5f6f8' },
    Menu: { itemSelectedBg: '#fdecea', itemSelectedColor: '#b3261e' },
  },
};
