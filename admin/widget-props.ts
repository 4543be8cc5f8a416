/** What Decap hands every custom widget's control (the props this project's widgets use). */
export interface DecapControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}
